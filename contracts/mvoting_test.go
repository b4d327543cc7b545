package contracts

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
	"github.com/seoulchain/seoulchain/bindings/mvoting"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/forwarder"
	"github.com/seoulchain/seoulchain/services/voting"
)

// votingWorld: an election admin, three voters on the roll (alice, bob, carol, who are
// also the trustees of secret elections) and a stranger.
type votingWorld struct {
	t                               *testing.T
	admin, alice, bob, carol, stray *account
	contract                        common.Address
	mv                              *abi.ABI
	view                            *mvoting.MVoting
	roll                            *voting.Roll
}

func newVotingWorld(t *testing.T) *votingWorld {
	t.Helper()
	acc := accounts(t, 5)
	w := &votingWorld{t: t, admin: acc[0], alice: acc[1], bob: acc[2], carol: acc[3], stray: acc[4]}
	w.contract = w.admin.deployOne(deploy.MVoting)
	w.mv, _ = mvoting.MVotingMetaData.GetAbi()
	w.view, _ = mvoting.NewMVoting(w.contract, w.admin.s.Backend())
	var err error
	w.roll, err = voting.NewRoll([]common.Address{w.alice.addr(), w.bob.addr(), w.carol.addr()})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func (w *votingWorld) now() uint64 { return w.admin.now() }

// advance moves chain time forward by d.
func (w *votingWorld) advance(d time.Duration) {
	w.t.Helper()
	if err := w.admin.chain.AdjustTime(d); err != nil {
		w.t.Fatal(err)
	}
}

func (w *votingWorld) proof(a common.Address) [][32]byte {
	w.t.Helper()
	return rollProof(w.t, w.roll, a)
}

// openElection: options A, B, C; up to 2 choices; opens in 100 s for 1,000 s; quorum 50%.
func (w *votingWorld) openElection() (mvoting.MVotingNewElection, *big.Int) {
	start := w.now() + 100
	e := mvoting.MVotingNewElection{Title: "Namsan gondola", OptionNames: []string{"A", "B", "C"}, MaxChoices: 2,
		Start: start, End: start + 1000, RollRoot: w.roll.Root, RollSize: 3, QuorumBps: 5000}
	return e, w.create(e)
}

// secretElection: openElection's rules with secret ballots under key, alice the 1-of-1 trustee.
func (w *votingWorld) secretElection(key *ecdsa.PrivateKey) *big.Int {
	w.t.Helper()
	e, _ := w.openElection()
	e.Secret, e.PublicKey, e.Threshold = true, crypto.FromECDSAPub(&key.PublicKey)[1:], 1
	e.Trustees, e.EncryptedShares = []common.Address{w.alice.addr()}, [][]byte{{1}}
	return w.create(e)
}

func (w *votingWorld) create(e mvoting.MVotingNewElection) *big.Int {
	w.t.Helper()
	w.admin.ok(w.contract, w.mv, "create", e)
	n, err := w.view.ElectionCount(&bind.CallOpts{})
	if err != nil {
		w.t.Fatal(err)
	}
	return n
}

func (w *votingWorld) counts(id *big.Int) string {
	w.t.Helper()
	c, err := w.view.CountsOf(&bind.CallOpts{}, id)
	if err != nil {
		w.t.Fatal(err)
	}
	return fmtBig(c)
}

func fmtBig(v []*big.Int) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = x.String()
	}
	return strings.Join(s, " ")
}

func TestVotingCreateValidates(t *testing.T) {
	w := newVotingWorld(t)
	base, _ := w.openElection()
	key, _ := voting.NewElectionKey()
	pub := crypto.FromECDSAPub(&key.PublicKey)[1:]
	tests := []struct {
		name   string
		from   *account
		modify func(*mvoting.MVotingNewElection)
		err    string
	}{
		{"only an election admin", w.stray, func(e *mvoting.MVotingNewElection) {}, "AccessControlUnauthorizedAccount"},
		{"one option", w.admin, func(e *mvoting.MVotingNewElection) { e.OptionNames = []string{"A"}; e.MaxChoices = 1 }, "VotingBadOptions"},
		{"33 options", w.admin, func(e *mvoting.MVotingNewElection) { e.OptionNames = make([]string, 33) }, "VotingBadOptions"},
		{"no choice allowed", w.admin, func(e *mvoting.MVotingNewElection) { e.MaxChoices = 0 }, "VotingBadMaxChoices"},
		{"more choices than options", w.admin, func(e *mvoting.MVotingNewElection) { e.MaxChoices = 4 }, "VotingBadMaxChoices"},
		{"starts in the past", w.admin, func(e *mvoting.MVotingNewElection) { e.Start = 1 }, "VotingBadWindow"},
		{"ends before it starts", w.admin, func(e *mvoting.MVotingNewElection) { e.End = e.Start }, "VotingBadWindow"},
		{"empty roll", w.admin, func(e *mvoting.MVotingNewElection) { e.RollSize = 0 }, "VotingEmptyRoll"},
		{"quorum over 100%", w.admin, func(e *mvoting.MVotingNewElection) { e.QuorumBps = 10001 }, "VotingBadQuorum"},
		{"secret without a key", w.admin, func(e *mvoting.MVotingNewElection) { e.Secret = true; e.PublicKey = pub[:63] }, "VotingBadKey"},
		{"threshold above trustees", w.admin, func(e *mvoting.MVotingNewElection) {
			e.Secret, e.PublicKey, e.Threshold, e.Trustees, e.EncryptedShares = true, pub, 2, []common.Address{w.alice.addr()}, [][]byte{{1}}
		}, "VotingBadTrustees"},
		{"a share missing", w.admin, func(e *mvoting.MVotingNewElection) {
			e.Secret, e.PublicKey, e.Threshold, e.Trustees, e.EncryptedShares = true, pub, 1, []common.Address{w.alice.addr(), w.bob.addr()}, [][]byte{{1}}
		}, "VotingBadTrustees"},
		{"key off the curve", w.admin, func(e *mvoting.MVotingNewElection) {
			e.Secret, e.PublicKey = true, append(common.LeftPadBytes([]byte{1}, 32), common.LeftPadBytes([]byte{1}, 32)...)
		}, "VotingKeyNotOnCurve"},
		{"key y flipped", w.admin, func(e *mvoting.MVotingNewElection) {
			bad := append([]byte{}, pub...)
			bad[63] ^= 1 // (x, y+-1) is on the curve only if y^2 is unchanged: never
			e.Secret, e.PublicKey = true, bad
		}, "VotingKeyNotOnCurve"},
		{"key x not below p", w.admin, func(e *mvoting.MVotingNewElection) {
			// (x0 + p, y0) with (x0, y0) on the curve: the equation holds mod p, the range check does not.
			x0, y0 := smallPoint(t)
			e.Secret, e.PublicKey = true, append(common.LeftPadBytes(new(big.Int).Add(x0, secp256k1P).Bytes(), 32), common.LeftPadBytes(y0.Bytes(), 32)...)
		}, "VotingKeyNotOnCurve"},
		{"zero trustee", w.admin, func(e *mvoting.MVotingNewElection) {
			e.Secret, e.PublicKey, e.Threshold, e.Trustees, e.EncryptedShares = true, pub, 1, []common.Address{w.alice.addr(), {}}, [][]byte{{1}, {2}}
		}, "VotingZeroTrustee"},
		{"trustee twice", w.admin, func(e *mvoting.MVotingNewElection) {
			e.Secret, e.PublicKey, e.Threshold, e.Trustees, e.EncryptedShares = true, pub, 2, []common.Address{w.alice.addr(), w.bob.addr(), w.alice.addr()}, [][]byte{{1}, {2}, {3}}
		}, "VotingDuplicateTrustee"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := base
			tt.modify(&e)
			_, err := tt.from.send(w.contract, w.mv, "create", e)
			reverts(t, err, tt.err, nil)
		})
	}
	// The passing case of each: a key on the curve and distinct trustees.
	e := base
	e.Secret, e.PublicKey, e.Threshold, e.Trustees, e.EncryptedShares = true, pub, 2, []common.Address{w.alice.addr(), w.bob.addr()}, [][]byte{{1}, {2}}
	w.create(e)
	x0, y0 := smallPoint(t) // the point whose x + p was refused is itself accepted
	e.PublicKey = append(common.LeftPadBytes(x0.Bytes(), 32), common.LeftPadBytes(y0.Bytes(), 32)...)
	w.create(e)
}

// secp256k1P is the field prime of secp256k1.
var secp256k1P, _ = new(big.Int).SetString("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F", 16)

// smallPoint finds the secp256k1 point with the smallest x, so that x + p still fits 256 bits.
func smallPoint(t *testing.T) (x, y *big.Int) {
	t.Helper()
	for i := int64(1); i < 100; i++ {
		x = big.NewInt(i)
		rhs := new(big.Int).Exp(x, big.NewInt(3), secp256k1P)
		rhs.Add(rhs, big.NewInt(7)).Mod(rhs, secp256k1P)
		if y = new(big.Int).ModSqrt(rhs, secp256k1P); y != nil {
			return x, y
		}
	}
	t.Fatal("no point with x below 100")
	return nil, nil
}

// TestVotingRollSizeIsTheRoots: each leaf commits to the roll size, so an election that
// declares a size other than the one its root was built for admits no voter.
func TestVotingRollSizeIsTheRoots(t *testing.T) {
	w := newVotingWorld(t)
	e, right := w.openElection()
	e.RollSize = 4 // the root is of 3 voters
	wrong := w.create(e)
	w.advance(200 * time.Second)
	_, err := w.alice.send(w.contract, w.mv, "castOpen", wrong, []uint8{0}, w.proof(w.alice.addr()))
	reverts(t, err, "VotingNotOnRoll", map[string]string{"voter": w.alice.addr().Hex()})
	w.alice.ok(w.contract, w.mv, "castOpen", right, []uint8{0}, w.proof(w.alice.addr()))
}

// TestVotingSecretResultBounded: until the tally is verified on chain, a secret result is
// bounded by the ballots cast: no option above the voters, no more marks than ballots x
// maxChoices (the audit's proof of concept posted 1,000,000 votes with no ballot).
func TestVotingSecretResultBounded(t *testing.T) {
	w := newVotingWorld(t)
	key, _ := voting.NewElectionKey()
	empty := w.secretElection(key) // no ballot will be cast
	one := w.secretElection(key)   // alice casts one ballot; up to 2 choices of 3
	w.advance(200 * time.Second)
	ct, _ := voting.EncryptBallot(&key.PublicKey, []uint8{0, 1}, 3, 2)
	w.alice.ok(w.contract, w.mv, "castSecret", one, ct, w.proof(w.alice.addr()))
	w.advance(1000 * time.Second)
	w.stray.ok(w.contract, w.mv, "publishKey", empty, key.D)
	w.stray.ok(w.contract, w.mv, "publishKey", one, key.D)

	tests := []struct {
		name   string
		id     *big.Int
		counts []*big.Int
		err    string
		args   map[string]string
	}{
		{"votes with no ballot", empty, ints(1_000_000, 0, 0), "VotingCountAboveBallots", map[string]string{"option": "0", "posted": "1000000", "ballots": "0"}},
		{"an option above the ballots", one, ints(0, 0, 2), "VotingCountAboveBallots", map[string]string{"option": "2", "posted": "2", "ballots": "1"}},
		{"more marks than ballots x maxChoices", one, ints(1, 1, 1), "VotingCountsAboveChoices", map[string]string{"total": "3", "maxTotal": "2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := w.admin.send(w.contract, w.mv, "postResult", tt.id, tt.counts)
			reverts(t, err, tt.err, tt.args)
		})
	}
	w.admin.ok(w.contract, w.mv, "postResult", empty, ints(0, 0, 0))
	w.admin.ok(w.contract, w.mv, "postResult", one, ints(1, 1, 0))
}

func TestVotingOpenBallots(t *testing.T) {
	w := newVotingWorld(t)
	_, id := w.openElection()
	cast := func(a *account, choices []uint8, proof [][32]byte) error {
		_, err := a.send(w.contract, w.mv, "castOpen", id, choices, proof)
		return err
	}
	reverts(t, cast(w.alice, []uint8{1}, w.proof(w.alice.addr())), "VotingNotOpen", nil)
	w.advance(200 * time.Second)

	if err := cast(w.alice, []uint8{1}, w.proof(w.alice.addr())); err != nil {
		t.Fatal(err)
	}
	if got := w.counts(id); got != "0 1 0" {
		t.Fatalf("counts after alice = %s", got)
	}
	tests := []struct {
		name    string
		from    *account
		choices []uint8
		proof   [][32]byte
		err     string
	}{
		{"not on the roll", w.stray, []uint8{0}, w.proof(w.alice.addr()), "VotingNotOnRoll"},
		{"another voter's proof", w.bob, []uint8{0}, w.proof(w.carol.addr()), "VotingNotOnRoll"},
		{"more choices than allowed", w.bob, []uint8{0, 1, 2}, w.proof(w.bob.addr()), "VotingTooManyChoices"},
		{"option out of range", w.bob, []uint8{3}, w.proof(w.bob.addr()), "VotingOptionOutOfRange"},
		{"same option twice", w.bob, []uint8{2, 2}, w.proof(w.bob.addr()), "VotingDuplicateChoice"},
		{"no choice", w.bob, []uint8{}, w.proof(w.bob.addr()), "VotingNoChoice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { reverts(t, cast(tt.from, tt.choices, tt.proof), tt.err, nil) })
	}
	_, err := w.bob.send(w.contract, w.mv, "castSecret", id, []byte{1}, w.proof(w.bob.addr()))
	reverts(t, err, "VotingWrongBallotKind", nil)

	// Alice changes her vote: her earlier ballot stops counting; she is one voter still.
	r, err := w.alice.send(w.contract, w.mv, "castOpen", id, []uint8{0, 2}, w.proof(w.alice.addr()))
	if err != nil {
		t.Fatal(err)
	}
	if ev := event(t, r, "OpenBallotCast"); ev["replaced"] != "true" {
		t.Fatalf("OpenBallotCast = %v, want replaced", ev)
	}
	if err := cast(w.bob, []uint8{2}, w.proof(w.bob.addr())); err != nil {
		t.Fatal(err)
	}
	if got := w.counts(id); got != "1 0 2" {
		t.Fatalf("counts = %s, want 1 0 2 (alice replaced B with A+C, bob C)", got)
	}
	tu, _ := w.view.Turnout(&bind.CallOpts{}, id)
	if tu.Bps.Int64() != 6666 || !tu.QuorumReached {
		t.Fatalf("turnout = %+v, want 6666 bps and quorum (50%%) reached", tu)
	}
	_, err = w.admin.send(w.contract, w.mv, "postResult", id, ints(1, 0, 2))
	reverts(t, err, "VotingNotEnded", nil)

	w.advance(1000 * time.Second)
	reverts(t, cast(w.carol, []uint8{0}, w.proof(w.carol.addr())), "VotingNotOpen", nil)
	_, err = w.admin.send(w.contract, w.mv, "postResult", id, ints(1, 1, 1))
	reverts(t, err, "VotingResultMismatch", map[string]string{"option": "1", "posted": "1", "counted": "0"})
	_, err = w.stray.send(w.contract, w.mv, "postResult", id, ints(1, 0, 2))
	reverts(t, err, "AccessControlUnauthorizedAccount", nil)
	w.admin.ok(w.contract, w.mv, "postResult", id, ints(1, 0, 2))
	_, err = w.admin.send(w.contract, w.mv, "postResult", id, ints(1, 0, 2))
	reverts(t, err, "VotingResultPosted", nil)
}

func TestVotingCancelOnlyBeforeStart(t *testing.T) {
	w := newVotingWorld(t)
	_, first := w.openElection()
	_, second := w.openElection()
	_, err := w.stray.send(w.contract, w.mv, "cancel", first)
	reverts(t, err, "AccessControlUnauthorizedAccount", nil)
	w.admin.ok(w.contract, w.mv, "cancel", first)
	w.advance(200 * time.Second)
	_, err = w.alice.send(w.contract, w.mv, "castOpen", first, []uint8{0}, w.proof(w.alice.addr()))
	reverts(t, err, "VotingCancelled", nil)
	_, err = w.admin.send(w.contract, w.mv, "cancel", second)
	reverts(t, err, "VotingAlreadyStarted", nil)
	_, err = w.admin.send(w.contract, w.mv, "cancel", big.NewInt(99))
	reverts(t, err, "VotingUnknownElection", nil)
}

// TestVotingSecretBallots: a 2-of-3 trustee key; ballots are opaque until the end; shares
// are revealed, the key rebuilt and checked on chain, and anyone counts from chain data.
func TestVotingSecretBallots(t *testing.T) {
	w := newVotingWorld(t)
	key, err := voting.NewElectionKey()
	if err != nil {
		t.Fatal(err)
	}
	trustees := []*account{w.alice, w.bob, w.carol}
	shares, _ := voting.Split(key, 2, 3)
	e, _ := w.openElection()
	e.Secret, e.PublicKey, e.Threshold = true, crypto.FromECDSAPub(&key.PublicKey)[1:], 2
	for i, tr := range trustees {
		ct, err := voting.EncryptFor(&tr.key.PublicKey, shares[i])
		if err != nil {
			t.Fatal(err)
		}
		e.Trustees = append(e.Trustees, tr.addr())
		e.EncryptedShares = append(e.EncryptedShares, ct)
	}
	id := w.create(e)
	w.advance(200 * time.Second)

	vote := func(a *account, choices ...uint8) {
		t.Helper()
		ct, err := voting.EncryptBallot(&key.PublicKey, choices, 3, 2)
		if err != nil {
			t.Fatal(err)
		}
		a.ok(w.contract, w.mv, "castSecret", id, ct, w.proof(a.addr()))
	}
	vote(w.alice, 1)
	vote(w.bob, 1)
	vote(w.alice, 0, 2) // replaces her earlier ballot
	bad, _ := voting.EncryptBallot(&key.PublicKey, []uint8{0}, 3, 2)
	bad[len(bad)-1] ^= 0xff // tampered
	w.carol.ok(w.contract, w.mv, "castSecret", id, bad, w.proof(w.carol.addr()))
	if c := w.counts(id); c != "" {
		t.Fatalf("a secret election shows counts %q before the end", c)
	}
	el, _ := w.view.ElectionOf(&bind.CallOpts{}, id)
	if el.Ballots != 3 {
		t.Fatalf("ballots = %d, want 3 voters (alice's second replaced her first)", el.Ballots)
	}
	_, err = w.alice.send(w.contract, w.mv, "revealShare", id, []byte(shares[0]))
	reverts(t, err, "VotingNotEnded", nil)

	w.advance(1000 * time.Second)
	_, err = w.stray.send(w.contract, w.mv, "revealShare", id, []byte{1})
	reverts(t, err, "VotingNotTrustee", nil)
	_, err = w.admin.send(w.contract, w.mv, "postResult", id, ints(0, 0, 0))
	reverts(t, err, "VotingKeyNotPublished", nil)

	// Trustees read their shares from the creation event and reveal them.
	logs, err := w.admin.s.Backend().FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{w.contract}})
	if err != nil {
		t.Fatal(err)
	}
	var encShares [][]byte
	ballots := map[string][]byte{}
	for _, l := range logs {
		if ev, err := w.view.ParseElectionKey(l); err == nil {
			encShares = ev.EncryptedShares
		}
		if ev, err := w.view.ParseSecretBallotCast(l); err == nil {
			ballots[ev.Voter.Hex()] = ev.Ciphertext // later ballots overwrite earlier ones
		}
	}
	var revealed []voting.Share
	for i, tr := range trustees[:2] {
		share, err := voting.DecryptWith(tr.key, encShares[i])
		if err != nil {
			t.Fatalf("trustee %d cannot read its share: %v", i, err)
		}
		tr.ok(w.contract, w.mv, "revealShare", id, share)
		revealed = append(revealed, share)
	}
	if _, err := voting.Combine(2, revealed[:1], &key.PublicKey); err == nil {
		t.Fatal("one share rebuilt a 2-of-3 key")
	}
	rebuilt, err := voting.Combine(2, revealed, &key.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	wrong, _ := voting.NewElectionKey()
	_, err = w.stray.send(w.contract, w.mv, "publishKey", id, wrong.D)
	reverts(t, err, "VotingWrongKey", nil)
	w.stray.ok(w.contract, w.mv, "publishKey", id, rebuilt.D) // anyone may publish a correct key
	_, err = w.stray.send(w.contract, w.mv, "publishKey", id, rebuilt.D)
	reverts(t, err, "VotingKeyAlreadyPublished", nil)

	// Anyone counts from chain data alone: the ballots and the published key.
	el, _ = w.view.ElectionOf(&bind.CallOpts{}, id)
	published, err := crypto.ToECDSA(common.LeftPadBytes(el.PrivateKey.Bytes(), 32))
	if err != nil {
		t.Fatal(err)
	}
	tally := voting.CountSecret(published, ballots, 3, 2)
	if fmtUints(tally.Counts) != "1 1 1" || tally.Valid != 2 || len(tally.Invalid) != 1 || tally.Invalid[0].Voter != w.carol.addr().Hex() {
		t.Fatalf("tally = %+v; want A 1, B 1 (bob), C 1 and carol's tampered ballot reported", tally)
	}
	w.admin.ok(w.contract, w.mv, "postResult", id, ints(1, 1, 1))
}

func fmtUints(v []uint64) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = big.NewInt(int64(x)).String()
	}
	return strings.Join(s, " ")
}

// TestVotingThroughTheForwarder: a citizen signs an ERC-2771 ForwardRequest with EIP-712
// and someone else (the relayer) pays the gas; the ballot is the citizen's.
func TestVotingThroughTheForwarder(t *testing.T) {
	w := newVotingWorld(t)
	_, id := w.openElection()
	w.advance(200 * time.Second)
	fwdAddr := w.forwarder()
	fwd, _ := cityforwarder.CityForwarderMetaData.GetAbi()
	data, _ := w.mv.Pack("castOpen", id, []uint8{2}, w.proof(w.alice.addr()))
	nonce := w.alice.bigCall(fwdAddr, fwd, "nonces", w.alice.addr())
	chainID, _ := w.alice.s.Backend().ChainID(context.Background())
	dom := forwarder.Domain{ChainID: chainID, Forwarder: fwdAddr}
	r := forwarder.Request{From: w.alice.addr(), To: w.contract, Gas: big.NewInt(300000), Nonce: nonce, Deadline: w.now() + 3600, Data: data}
	sig, err := dom.Sign(r, w.alice.key)
	if err != nil {
		t.Fatal(err)
	}
	req := r.Signed(sig)
	w.stray.ok(fwdAddr, fwd, "execute", req) // the stray account plays the relayer and pays

	if voted, _ := w.view.HasVoted(&bind.CallOpts{}, id, w.alice.addr()); !voted {
		t.Fatal("the forwarded ballot was not counted as alice's")
	}
	if voted, _ := w.view.HasVoted(&bind.CallOpts{}, id, w.stray.addr()); voted {
		t.Fatal("the relayer was counted as a voter")
	}
	if got := w.counts(id); got != "0 0 1" {
		t.Fatalf("counts = %s", got)
	}
	// A replayed request is refused by the forwarder (its nonce is used).
	_, err = w.stray.send(fwdAddr, fwd, "execute", req)
	reverts(t, err, "ERC2771ForwarderInvalidSigner", nil)
}

// forwarder finds the CityForwarder that MVoting trusts.
func (w *votingWorld) forwarder() common.Address {
	w.t.Helper()
	a, err := w.view.TrustedForwarder(&bind.CallOpts{})
	if err != nil {
		w.t.Fatal(err)
	}
	return a
}

func TestVotingRefusalsLeftOver(t *testing.T) {
	w := newVotingWorld(t)
	_, open := w.openElection()
	key, _ := voting.NewElectionKey()
	secret := w.secretElection(key)
	w.advance(200 * time.Second)

	_, err := w.alice.send(w.contract, w.mv, "castSecret", secret, []byte{}, w.proof(w.alice.addr()))
	reverts(t, err, "VotingNoChoice", nil)

	w.advance(1000 * time.Second)
	_, err = w.admin.send(w.contract, w.mv, "postResult", open, ints(0, 0))
	reverts(t, err, "VotingResultLength", map[string]string{"got": "2", "options": "3"})
	_, err = w.alice.send(w.contract, w.mv, "revealShare", open, []byte{1})
	reverts(t, err, "VotingNotTrustee", nil) // no trustees on an open election
	_, err = w.stray.send(w.contract, w.mv, "publishKey", open, key.D)
	reverts(t, err, "VotingWrongBallotKind", map[string]string{"secret": "false"})
}

package contracts

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
	"github.com/seoulchain/seoulchain/bindings/electionkeys"
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
	keys                            common.Address // ElectionKeys: the secret elections' key generation
	ek                              *abi.ABI
	roll                            *voting.Roll
}

func newVotingWorld(t *testing.T) *votingWorld {
	t.Helper()
	acc := accounts(t, 5)
	w := &votingWorld{t: t, admin: acc[0], alice: acc[1], bob: acc[2], carol: acc[3], stray: acc[4]}
	addrs := w.admin.Deploy(deploy.MVoting)
	w.contract, w.keys = addrs[deploy.MVoting], addrs[deploy.ElectionKeys]
	w.ek, _ = electionkeys.ElectionKeysMetaData.GetAbi()
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
		{"secret without trustees", w.admin, func(e *mvoting.MVotingNewElection) { e.Secret, e.Threshold = true, 1 }, "VotingBadTrustees"},
		{"threshold above trustees", w.admin, func(e *mvoting.MVotingNewElection) {
			e.Secret, e.Threshold, e.TrusteeKeys = true, 2, [][]byte{tk(w.alice)}
		}, "VotingBadTrustees"},
		{"threshold zero", w.admin, func(e *mvoting.MVotingNewElection) {
			e.Secret, e.Threshold, e.TrusteeKeys = true, 0, [][]byte{tk(w.alice)}
		}, "VotingBadTrustees"},
		{"short trustee key", w.admin, func(e *mvoting.MVotingNewElection) {
			e.Secret, e.Threshold, e.TrusteeKeys = true, 1, [][]byte{tk(w.alice), tk(w.bob)[:63]}
		}, "KeysBadTrusteeKey"},
		{"trustee twice", w.admin, func(e *mvoting.MVotingNewElection) {
			e.Secret, e.Threshold, e.TrusteeKeys = true, 2, [][]byte{tk(w.alice), tk(w.bob), tk(w.alice)}
		}, "KeysDuplicateTrustee"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := base
			tt.modify(&e)
			_, err := tt.from.send(w.contract, w.mv, "create", e)
			reverts(t, err, tt.err, nil)
		})
	}
	// The passing case: distinct trustees, 1 <= k <= n.
	e := base
	e.Secret, e.Threshold, e.TrusteeKeys = true, 2, [][]byte{tk(w.alice), tk(w.bob)}
	w.create(e)
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
	_, err := w.bob.send(w.contract, w.mv, "castSecret", id, mvoting.MVotingSecretBallot{}, [][4]*big.Int{}, w.proof(w.bob.addr()))
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
	w.advance(1200 * time.Second)
	_, err := w.admin.send(w.contract, w.mv, "postResult", open, ints(0, 0))
	reverts(t, err, "VotingResultLength", map[string]string{"got": "2", "options": "3"})
	_, err = w.alice.send(w.contract, w.mv, "postDecryption", open, [][2]*big.Int{}, [][2]*big.Int{})
	reverts(t, err, "VotingWrongBallotKind", map[string]string{"secret": "false"})
	// An open election has no key generation round.
	err = w.ksend(w.alice, "commitKey", open, [][2]*big.Int{}, [2]*big.Int{big.NewInt(0), big.NewInt(0)}, [][]byte{})
	reverts(t, err, "KeysUnknownRound", nil)
}

// tk is an account's trustee key as MVoting takes it.
func tk(a *account) []byte { return voting.TrusteeKey(&a.key.PublicKey) }

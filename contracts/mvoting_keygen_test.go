package contracts

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/electionkeys"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/voting"
	"github.com/seoulchain/seoulchain/services/voting/elgamal"
)

// The key generation's complaints and disqualifications, on ElectionKeys.

var noCommitments = [][2]*big.Int{}

// laterKeyGen creates a k-of-3 secret election opening in two days (alice, bob, carol
// trustees) in which all three commit; if cheat, alice sends bob a share that does not
// match her commitments. It returns the election and alice's dealing.
func (w *votingWorld) laterKeyGen(t *testing.T, k int, cheat bool) (*secretElection, *voting.Dealing) {
	t.Helper()
	e, _ := w.openElection()
	e.Start = w.now() + 2*86400
	e.End = e.Start + 1000
	e.Secret, e.Threshold, e.TrusteeKeys = true, uint8(k), [][]byte{tk(w.alice), tk(w.bob), tk(w.carol)}
	se := &secretElection{id: w.create(e), trustees: []*account{w.alice, w.bob, w.carol}, dealings: map[*account]*voting.Dealing{}}
	se.where = w.where(se.id)
	var alice *voting.Dealing
	for _, tr := range se.trustees {
		d, err := voting.NewDealing(se.where, tr.addr(), k, []*ecdsa.PublicKey{&w.alice.key.PublicKey, &w.bob.key.PublicKey, &w.carol.key.PublicKey})
		if err != nil {
			t.Fatal(err)
		}
		if tr == w.alice {
			alice = d
		}
		se.dealings[tr] = d
		if tr == w.alice && cheat {
			wrong := d.Poly.Eval(7)
			b := wrong.Bytes()
			ct, err := voting.EncryptFor(&w.bob.key.PublicKey, b[:])
			if err != nil {
				t.Fatal(err)
			}
			d.Shares[1] = ct
		}
		w.kok(tr, "commitKey", se.id, d.Commitments, d.PoK, d.Shares)
	}
	return se, alice
}

// joinAll runs JoinShares for se's trustees (indexes from 1 in the order listed, or as
// given) and keeps their secrets and the election key.
func (w *votingWorld) joinAll(t *testing.T, se *secretElection, indexes ...uint64) {
	t.Helper()
	rec := w.record(t, se)
	se.xs = make([]elgamal.Scalar, len(se.trustees))
	for i, tr := range se.trustees {
		index := uint64(i + 1)
		if indexes != nil {
			index = indexes[i]
		}
		x, err := voting.JoinShares(tr.key, index, rec.Committed)
		if err != nil {
			t.Fatalf("trustee %d: %v", index, err)
		}
		se.xs[i] = x
	}
	k, ready := w.electionKey(se.id)
	want, _, _ := rec.Key()
	if !ready || !k.Equal(&want) {
		t.Fatalf("key ready %v, or not the record's qualified trustees' key", ready)
	}
	se.key = k
}

// tallyWith casts two ballots once the vote is open, ends it, checks that each of out (the
// disqualified) cannot decrypt, and has se.trustees[i] and [j] decrypt; the admin's counts
// must verify on chain and in the recount.
func (w *votingWorld) tallyWith(t *testing.T, se *secretElection, i, j int, out ...*account) {
	t.Helper()
	w.ok(w.alice, "castSecret", se.id, w.ballot(t, se, w.alice, 0, 2), none, w.proof(w.alice.addr()))
	w.ok(w.bob, "castSecret", se.id, w.ballot(t, se, w.bob, 2), none, w.proof(w.bob.addr()))
	w.advance(1000 * time.Second)
	for _, a := range out {
		_, err := a.send(w.contract, w.mv, "postDecryption", se.id, [][2]*big.Int{}, [][2]*big.Int{})
		reverts(t, err, "VotingDisqualified", nil)
	}
	for _, k := range []int{i, j} {
		shares, proofs := w.decryptions(t, se, k)
		w.ok(se.trustees[k], "postDecryption", se.id, shares, proofs)
	}
	w.ok(w.admin, "postResult", se.id, ints(1, 0, 2))
	if tally, err := w.record(t, se).Recount(); err != nil || fmtUints(tally.Counts) != "1 0 2" {
		t.Fatalf("recount = %+v, %v; want 1 0 2", tally, err)
	}
}

func (w *votingWorld) round(id *big.Int) electionkeys.ElectionKeysRound {
	w.t.Helper()
	k, err := electionkeys.NewElectionKeys(w.keys, w.admin.s.Backend())
	if err != nil {
		w.t.Fatal(err)
	}
	r, err := k.RoundOf(&bind.CallOpts{}, id)
	if err != nil {
		w.t.Fatal(err)
	}
	return r
}

// TestVotingComplaintAnswered: bob's share from alice fails; he complains, which holds the
// key back; only alice can answer, only with the share her commitments fix; she reveals
// it, bob uses it, and the election runs with all three trustees. Complaints close once
// the vote is open with a key.
func TestVotingComplaintAnswered(t *testing.T) {
	w := newVotingWorld(t)
	se, alice := w.laterKeyGen(t, 2, true)
	var bad *voting.BadShareError
	if _, err := voting.JoinShares(w.bob.key, 2, w.record(t, se).Committed); !errors.As(err, &bad) || bad.Trustee != w.alice.addr() {
		t.Fatalf("bob's check = %v, want a bad share from alice", err)
	}
	if _, ready := w.electionKey(se.id); !ready {
		t.Fatal("no key before the complaint")
	}
	complain := func(from, accused *account) error { return w.ksend(from, "complain", se.id, accused.addr()) }
	reverts(t, complain(w.stray, w.alice), "KeysNotTrustee", nil)
	reverts(t, complain(w.bob, w.bob), "KeysBadComplaint", nil)
	reverts(t, complain(w.bob, w.stray), "KeysBadComplaint", nil) // sent no share
	w.kok(w.bob, "complain", se.id, w.alice.addr())
	reverts(t, complain(w.bob, w.alice), "KeysBadComplaint", nil) // already open
	if _, ready := w.electionKey(se.id); ready {
		t.Fatal("key ready with a complaint open")
	}
	if r := w.round(se.id); r.OpenComplaints != 1 {
		t.Fatalf("open complaints = %d, want 1", r.OpenComplaints)
	}

	reveal := func(from, complainer *account, share *big.Int, cs [][2]*big.Int) error {
		return w.ksend(from, "revealShare", se.id, complainer.addr(), share, cs)
	}
	right := elgamal.ScalarBig(alice.Poly.Eval(2))
	wrong := elgamal.ScalarBig(alice.Poly.Eval(7))
	tests := []struct {
		name     string
		from, to *account
		share    *big.Int
		cs       [][2]*big.Int
		err      string
	}{
		{"by another than the accused", w.carol, w.bob, right, alice.Commitments, "KeysNoComplaint"},
		{"for a trustee who did not complain", w.alice, w.carol, right, alice.Commitments, "KeysNoComplaint"},
		{"a share off her commitments", w.alice, w.bob, wrong, alice.Commitments, "KeysBadRevealedShare"},
		{"the right share plus r", w.alice, w.bob, new(big.Int).Add(right, elgamal.Order), alice.Commitments, "KeysBadRevealedShare"},
		{"other commitments than hers", w.alice, w.bob, right, alice.Commitments[:1], "KeysCommitmentsMismatch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { reverts(t, reveal(tt.from, tt.to, tt.share, tt.cs), tt.err, nil) })
	}
	err := w.ksend(w.stray, "disqualify", se.id, w.alice.addr(), w.bob.addr(), alice.Commitments)
	reverts(t, err, "KeysNotDisqualifiable", nil) // the deadline has not passed
	w.kok(w.alice, "revealShare", se.id, w.bob.addr(), right, alice.Commitments)
	reverts(t, reveal(w.alice, w.bob, right, alice.Commitments), "KeysNoComplaint", nil)
	w.advance(2 * 86400 * time.Second)
	err = w.ksend(w.stray, "disqualify", se.id, w.alice.addr(), w.bob.addr(), alice.Commitments)
	reverts(t, err, "KeysNotDisqualifiable", nil) // answered: she stays

	w.joinAll(t, se) // bob takes alice's revealed share
	reverts(t, complain(w.carol, w.alice), "KeysComplaintsClosed", nil)
	w.tallyWith(t, se, 0, 1)
}

// TestVotingComplaintUnanswered: alice lets the deadline pass (a wrong share would not
// have done either); anyone disqualifies her, her key part leaves the key, and bob and
// carol (k = 2 of the 2 qualified) run the election; alice can no longer complain or decrypt.
func TestVotingComplaintUnanswered(t *testing.T) {
	w := newVotingWorld(t)
	se, alice := w.laterKeyGen(t, 2, true)
	w.kok(w.bob, "complain", se.id, w.alice.addr())
	w.advance(86400 * time.Second)
	err := w.ksend(w.alice, "revealShare", se.id, w.bob.addr(), elgamal.ScalarBig(alice.Poly.Eval(2)), alice.Commitments)
	reverts(t, err, "KeysRevealLate", nil)
	disqualify := func(who, complainer *account, cs [][2]*big.Int) error {
		return w.ksend(w.stray, "disqualify", se.id, who.addr(), complainer.addr(), cs)
	}
	reverts(t, disqualify(w.alice, w.carol, alice.Commitments), "KeysNotDisqualifiable", nil) // carol did not complain
	reverts(t, disqualify(w.alice, w.bob, alice.Commitments[:1]), "KeysCommitmentsMismatch", nil)
	w.kok(w.stray, "disqualify", se.id, w.alice.addr(), w.bob.addr(), alice.Commitments)
	reverts(t, disqualify(w.alice, w.bob, alice.Commitments), "KeysDisqualified", nil)
	reverts(t, w.ksend(w.alice, "complain", se.id, w.bob.addr()), "KeysDisqualified", nil)
	if r := w.round(se.id); r.OpenComplaints != 0 || r.DisqualifiedCommitted != 1 || r.NoShows != 0 {
		t.Fatalf("round = %+v", r)
	}

	se.trustees = []*account{w.bob, w.carol} // the record leaves alice out
	if n := len(w.record(t, se).Committed); n != 2 {
		t.Fatalf("record keeps %d trustees, want 2", n)
	}
	w.joinAll(t, se, 2, 3)
	w.advance(86400 * time.Second)
	w.tallyWith(t, se, 0, 1, w.alice)
}

// noShowKeyGen creates a 2-of-3 secret election of openElection's window (alice, bob,
// carol trustees) in which alice and bob commit and carol does not; se.trustees are alice
// and bob. It returns the election and alice's dealing.
func (w *votingWorld) noShowKeyGen(t *testing.T) (*secretElection, *voting.Dealing) {
	t.Helper()
	e, _ := w.openElection()
	e.Secret, e.Threshold, e.TrusteeKeys = true, 2, [][]byte{tk(w.alice), tk(w.bob), tk(w.carol)}
	se := &secretElection{id: w.create(e), trustees: []*account{w.alice, w.bob}}
	se.where = w.where(se.id)
	var alice *voting.Dealing
	for _, tr := range se.trustees {
		d := w.dealing(t, se, tr)
		if tr == w.alice {
			alice = d
		}
		w.kok(tr, "commitKey", se.id, d.Commitments, d.PoK, d.Shares)
	}
	return se, alice
}

// keysCaller reads ElectionKeys.
func (w *votingWorld) keysCaller() *electionkeys.ElectionKeysCaller {
	w.t.Helper()
	k, err := electionkeys.NewElectionKeysCaller(w.keys, w.admin.s.Backend())
	if err != nil {
		w.t.Fatal(err)
	}
	return k
}

// advanceTo moves chain time forward to at (a moment ahead).
func (w *votingWorld) advanceTo(at uint64) {
	w.t.Helper()
	w.advance(time.Duration(at-w.now()) * time.Second)
}

// TestVotingComplaintsCloseADayBeforeStart: complaints close REVEAL_PERIOD before the start,
// so that every reveal deadline falls by the start and after it only no-shows change the
// round. An election opening in minutes takes none, even after the start while a no-show
// holds the key back; one opening in two days takes them until a day before, and a silent
// accused is disqualified before the vote opens.
func TestVotingComplaintsCloseADayBeforeStart(t *testing.T) {
	t.Run("opening in minutes", func(t *testing.T) {
		w := newVotingWorld(t)
		se, _ := w.noShowKeyGen(t)
		reverts(t, w.ksend(w.carol, "complain", se.id, w.alice.addr()), "KeysNotTrustee", nil) // she sent nothing, she is no judge
		reverts(t, w.ksend(w.bob, "complain", se.id, w.alice.addr()), "KeysComplaintsClosed", map[string]string{"start": fmt.Sprint(w.round(se.id).Start)})
		w.advance(200 * time.Second) // open, no key: carol never committed
		reverts(t, w.ksend(w.bob, "complain", se.id, w.alice.addr()), "KeysComplaintsClosed", nil)
		w.kok(w.stray, "disqualify", se.id, w.carol.addr(), common.Address{}, noCommitments)
		w.joinAll(t, se)
		w.tallyWith(t, se, 0, 1, w.carol)
	})
	// Opening in two days: bob complains just before the close (carol, just after, cannot);
	// his deadline is by the start; alice answers (after the close) or is disqualified, and
	// either way the key is settled before the start.
	for _, answers := range []bool{true, false} {
		t.Run(fmt.Sprintf("opening in two days, alice answers: %v", answers), func(t *testing.T) {
			w := newVotingWorld(t)
			se, alice := w.laterKeyGen(t, 2, true)
			start := w.round(se.id).Start
			w.advanceTo(start - 86400 - 100)
			w.kok(w.bob, "complain", se.id, w.alice.addr())
			by, err := w.keysCaller().RevealBy(&bind.CallOpts{}, se.id, w.alice.addr(), w.bob.addr())
			if err != nil || by.By == 0 || by.By > start || by.Revealed {
				t.Fatalf("revealBy = %+v, %v; want a deadline by the start %d", by, err, start)
			}
			w.advanceTo(start - 86400)
			reverts(t, w.ksend(w.carol, "complain", se.id, w.alice.addr()), "KeysComplaintsClosed", nil)
			var out []*account
			if answers {
				w.kok(w.alice, "revealShare", se.id, w.bob.addr(), elgamal.ScalarBig(alice.Poly.Eval(2)), alice.Commitments)
			} else {
				w.advanceTo(by.By)
				w.kok(w.stray, "disqualify", se.id, w.alice.addr(), w.bob.addr(), alice.Commitments)
				se.trustees, out = []*account{w.bob, w.carol}, []*account{w.alice}
			}
			if _, ready := w.electionKey(se.id); !ready || w.now() >= start {
				t.Fatalf("key ready %v at %d; want it before the start %d", ready, w.now(), start)
			}
			if answers {
				w.joinAll(t, se)
			} else {
				w.joinAll(t, se, 2, 3)
			}
			w.advanceTo(start)
			w.tallyWith(t, se, 0, 1, out...)
		})
	}
}

// TestVotingRevealedShareNotComplainedAgain: a share revealed in answer to a complaint is
// public and checked on chain, so its complainer cannot complain about it again (which,
// alternating between two trustees, once held the key back for as long as it liked); a
// false complaint is answered by a valid reveal and the accused stays; another complainer
// may still complain about the same accused.
func TestVotingRevealedShareNotComplainedAgain(t *testing.T) {
	w := newVotingWorld(t)
	se, alice := w.laterKeyGen(t, 2, false)
	carol := se.dealings[w.carol]
	share := func(d *voting.Dealing, j uint64) *big.Int { return elgamal.ScalarBig(d.Poly.Eval(j)) }
	w.kok(w.bob, "complain", se.id, w.alice.addr())
	w.kok(w.bob, "complain", se.id, w.carol.addr())
	w.kok(w.alice, "revealShare", se.id, w.bob.addr(), share(alice, 2), alice.Commitments)
	w.kok(w.carol, "revealShare", se.id, w.bob.addr(), share(carol, 2), carol.Commitments)
	for _, accused := range []*account{w.alice, w.carol} {
		err := w.ksend(w.bob, "complain", se.id, accused.addr())
		reverts(t, err, "KeysShareRevealed", map[string]string{"accused": accused.addr().Hex(), "complainer": w.bob.addr().Hex()})
		if by, err := w.keysCaller().RevealBy(&bind.CallOpts{}, se.id, accused.addr(), w.bob.addr()); err != nil || by.By != 0 || !by.Revealed {
			t.Fatalf("revealBy = %+v, %v; want revealed, none open", by, err)
		}
	}
	if _, ready := w.electionKey(se.id); !ready {
		t.Fatal("no key once the complaints were answered")
	}
	w.kok(w.carol, "complain", se.id, w.alice.addr()) // another pair
	w.kok(w.alice, "revealShare", se.id, w.carol.addr(), share(alice, 3), alice.Commitments)
	if r := w.round(se.id); r.OpenComplaints != 0 || r.DisqualifiedCommitted != 0 {
		t.Fatalf("round = %+v", r)
	}
	w.joinAll(t, se)
	w.advance(2 * 86400 * time.Second)
	reverts(t, w.ksend(w.bob, "complain", se.id, w.alice.addr()), "KeysComplaintsClosed", nil)
	w.tallyWith(t, se, 0, 1)
}

// TestVotingStaleSecretJoinedAgain: the trustees ran 'share' (x_j stored) when the key was
// first ready; alice is then disqualified before the start and the key changes. A stored
// x_j still holds alice's share: its decryption is refused on chain. DecryptionSecret (what
// 'share' and 'decrypt' go through) sees that x_j·G is no longer the verification key on
// chain and joins the shares again; with the fresh secrets bob and carol decrypt.
func TestVotingStaleSecretJoinedAgain(t *testing.T) {
	w := newVotingWorld(t)
	se, alice := w.laterKeyGen(t, 2, false)
	w.joinAll(t, se)
	stale := append([]elgamal.Scalar(nil), se.xs[1:]...) // bob's and carol's

	w.kok(w.carol, "complain", se.id, w.alice.addr())
	w.advance(86400 * time.Second)
	w.kok(w.stray, "disqualify", se.id, w.alice.addr(), w.carol.addr(), alice.Commitments)
	var ready bool
	if se.key, ready = w.electionKey(se.id); !ready {
		t.Fatal("no key after alice's disqualification")
	}
	se.trustees, se.xs = []*account{w.bob, w.carol}, make([]elgamal.Scalar, 2)
	rec := w.record(t, se)
	for i, tr := range se.trustees {
		index := uint64(i + 2)
		words, err := w.keysCaller().VerificationKey(&bind.CallOpts{}, se.id, new(big.Int).SetUint64(index))
		if err != nil {
			t.Fatal(err)
		}
		vk, _ := elgamal.PointFromBig(words[0], words[1])
		old := stale[i].Bytes()
		x, fresh, err := voting.DecryptionSecret(tr.key, index, old[:], vk, rec.Committed)
		if err != nil || !fresh || x.Equal(&stale[i]) {
			t.Fatalf("trustee %d: fresh %v, %v; want a new secret joined", index, fresh, err)
		}
		if again, fresh, err := voting.DecryptionSecret(tr.key, index, x.Marshal(), vk, rec.Committed); err != nil || fresh || !again.Equal(&x) {
			t.Fatalf("trustee %d with its new secret stored: fresh %v, %v; want it kept", index, fresh, err)
		}
		se.xs[i] = x
	}
	w.advance(86400 * time.Second)
	w.ok(w.alice, "castSecret", se.id, w.ballot(t, se, w.alice, 0, 2), none, w.proof(w.alice.addr()))
	w.ok(w.bob, "castSecret", se.id, w.ballot(t, se, w.bob, 2), none, w.proof(w.bob.addr()))
	w.advance(1000 * time.Second)
	fresh := se.xs[0]
	se.xs[0] = stale[0]
	shares, proofs := w.decryptions(t, se, 0)
	_, err := w.bob.send(w.contract, w.mv, "postDecryption", se.id, shares, proofs)
	reverts(t, err, "VotingBadDecryption", nil)
	se.xs[0] = fresh
	for k := range se.trustees {
		shares, proofs := w.decryptions(t, se, k)
		w.ok(se.trustees[k], "postDecryption", se.id, shares, proofs)
	}
	w.ok(w.admin, "postResult", se.id, ints(1, 0, 2))
}

// TestVotingComplaintLeavesTooFew: in a 3-of-3 election a disqualification after an
// unanswered complaint leaves 2 qualified trustees: there is no key, and no ballot.
func TestVotingComplaintLeavesTooFew(t *testing.T) {
	w := newVotingWorld(t)
	se, alice := w.laterKeyGen(t, 3, false)
	w.kok(w.carol, "complain", se.id, w.alice.addr())
	w.advance(86400 * time.Second)
	w.kok(w.stray, "disqualify", se.id, w.alice.addr(), w.carol.addr(), alice.Commitments)
	if _, ready := w.electionKey(se.id); ready {
		t.Fatal("a key from 2 qualified trustees with threshold 3")
	}
	w.advance(86400 * time.Second)
	_, err := w.bob.send(w.contract, w.mv, "castSecret", se.id, w.ballot(t, se, w.bob, 2), none, w.proof(w.bob.addr()))
	reverts(t, err, "VotingKeyNotReady", nil)
}

// TestVotingNoShowDisqualified: carol never commits. Before the start she may still, so no
// one can disqualify her; once the vote opens anyone can, the key becomes alice's and
// bob's (2 of the 2 committed), carol cannot decrypt, and the tally verifies.
func TestVotingNoShowDisqualified(t *testing.T) {
	w := newVotingWorld(t)
	se, _ := w.noShowKeyGen(t)
	disqualify := func(who *account) error {
		return w.ksend(w.stray, "disqualify", se.id, who.addr(), common.Address{}, noCommitments)
	}
	reverts(t, disqualify(w.carol), "KeysNotDisqualifiable", nil) // she may still commit
	w.advance(200 * time.Second)
	reverts(t, disqualify(w.stray), "KeysNotTrustee", nil)
	reverts(t, disqualify(w.alice), "KeysNotDisqualifiable", nil) // she committed, no complaint
	_, err := w.alice.send(w.contract, w.mv, "castSecret", se.id, w.ballot(t, se, w.alice, 0), none, w.proof(w.alice.addr()))
	reverts(t, err, "VotingKeyNotReady", nil)

	w.kok(w.stray, "disqualify", se.id, w.carol.addr(), common.Address{}, noCommitments)
	reverts(t, disqualify(w.carol), "KeysDisqualified", nil)
	if r := w.round(se.id); r.NoShows != 1 || r.DisqualifiedCommitted != 0 || r.OpenComplaints != 0 {
		t.Fatalf("round = %+v", r)
	}
	w.joinAll(t, se)
	w.tallyWith(t, se, 0, 1, w.carol)
}

// TestVotingTooFewTrusteesLeft: with k = 2 and only alice committed, disqualifying bob and
// carol leaves no key: the election cannot run (the admin sets it up again).
func TestVotingTooFewTrusteesLeft(t *testing.T) {
	w := newVotingWorld(t)
	e, _ := w.openElection()
	e.Secret, e.Threshold, e.TrusteeKeys = true, 2, [][]byte{tk(w.alice), tk(w.bob), tk(w.carol)}
	se := &secretElection{id: w.create(e)}
	se.where = w.where(se.id)
	d := w.dealing(t, se, w.alice)
	w.kok(w.alice, "commitKey", se.id, d.Commitments, d.PoK, d.Shares)
	w.advance(200 * time.Second)
	w.kok(w.stray, "disqualify", se.id, w.bob.addr(), common.Address{}, noCommitments)
	w.kok(w.stray, "disqualify", se.id, w.carol.addr(), common.Address{}, noCommitments)
	if _, ready := w.electionKey(se.id); ready {
		t.Fatal("a key from 1 trustee with threshold 2")
	}
}

// TestElectionKeysRounds: only the elections contract opens (once) and cancels rounds; a
// cancelled election's key generation stops.
func TestElectionKeysRounds(t *testing.T) {
	w := newVotingWorld(t)
	keys := [][]byte{tk(w.alice), tk(w.bob)}
	err := w.ksend(w.admin, "open", big.NewInt(99), w.now()+100, uint8(1), keys)
	reverts(t, err, "AccessControlUnauthorizedAccount", nil)
	role := crypto.Keccak256Hash([]byte("ELECTIONS_ROLE"))
	w.kok(w.admin, "grantRole", role, w.admin.addr())
	w.kok(w.admin, "open", big.NewInt(99), w.now()+100, uint8(1), keys)
	reverts(t, w.ksend(w.admin, "open", big.NewInt(99), w.now()+100, uint8(1), keys), "KeysRoundExists", nil)
	reverts(t, w.ksend(w.stray, "cancel", big.NewInt(99)), "AccessControlUnauthorizedAccount", nil)

	e, _ := w.openElection()
	e.Secret, e.Threshold, e.TrusteeKeys = true, 1, keys
	se := &secretElection{id: w.create(e)}
	se.where = w.where(se.id)
	w.ok(w.admin, "cancel", se.id)
	d := w.dealing(t, se, w.alice)
	reverts(t, w.ksend(w.alice, "commitKey", se.id, d.Commitments[:1], d.PoK, d.Shares[:2]), "KeysCancelled", nil)
	reverts(t, w.ksend(w.alice, "complain", se.id, w.bob.addr()), "KeysCancelled", nil)
}

// TestVotingCodeFitsEIP170: MVoting and ElectionKeys (split so that both fit) stay under
// EIP-170's 24,576 bytes of deployed code with at least 2 KiB to spare.
func TestVotingCodeFitsEIP170(t *testing.T) {
	acc := accounts(t, 1)
	book := acc[0].Deploy(deploy.MVoting)
	for _, name := range []string{deploy.MVoting, deploy.ElectionKeys} {
		code, err := acc[0].s.Backend().CodeAt(context.Background(), book[deploy.Impl(name)], nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d bytes of code", name, len(code))
		if len(code) == 0 || len(code) > 24_576-2048 {
			t.Errorf("%s's code is %d bytes: over EIP-170's 24,576 less 2 KiB of margin", name, len(code))
		}
	}
}

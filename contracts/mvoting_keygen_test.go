package contracts

import (
	"math/big"
	"testing"
	"time"

	"github.com/seoulchain/seoulchain/services/voting"
)

// TestVotingNoShowDisqualified: carol never commits. Before the start she may still, so
// no one can disqualify her; once the vote opens anyone can, the key becomes alice's and
// bob's (2 of the 2 committed), ballots are accepted, carol cannot decrypt, and alice and
// bob's decryptions give a verified result.
func TestVotingNoShowDisqualified(t *testing.T) {
	w := newVotingWorld(t)
	e, _ := w.openElection()
	e.Secret, e.Threshold, e.TrusteeKeys = true, 2, [][]byte{tk(w.alice), tk(w.bob), tk(w.carol)}
	se := &secretElection{id: w.create(e), trustees: []*account{w.alice, w.bob}}
	se.where = w.where(se.id)
	for _, tr := range se.trustees {
		d := w.dealing(t, se, tr)
		w.ok(tr, "commitKey", se.id, d.Commitments, d.PoK, d.Shares)
	}
	disqualify := func(who *account) error {
		_, err := w.stray.send(w.contract, w.mv, "disqualify", se.id, who.addr())
		return err
	}
	reverts(t, disqualify(w.carol), "VotingNotDisqualifiable", nil) // she may still commit
	w.advance(200 * time.Second)
	reverts(t, disqualify(w.stray), "VotingNotTrustee", nil)
	reverts(t, disqualify(w.alice), "VotingNotDisqualifiable", nil) // she committed
	_, err := w.alice.send(w.contract, w.mv, "castSecret", se.id, w.ballot(t, se, w.alice, 0), none, w.proof(w.alice.addr()))
	reverts(t, err, "VotingKeyNotReady", map[string]string{"committed": "2", "trustees": "3"})

	w.ok(w.stray, "disqualify", se.id, w.carol.addr())
	reverts(t, disqualify(w.carol), "VotingDisqualified", nil)
	rec := w.record(t, se)
	for i, tr := range se.trustees {
		x, err := voting.JoinShares(tr.key, uint64(i+1), rec.Committed)
		if err != nil {
			t.Fatal(err)
		}
		se.xs = append(se.xs, x)
	}
	k, ready := w.electionKey(se.id)
	want, _, _ := rec.Key()
	if !ready || !k.Equal(&want) {
		t.Fatal("the key is not alice's and bob's parts once carol is disqualified")
	}
	se.key = k
	w.ok(w.alice, "castSecret", se.id, w.ballot(t, se, w.alice, 0, 2), none, w.proof(w.alice.addr()))
	w.ok(w.bob, "castSecret", se.id, w.ballot(t, se, w.bob, 2), none, w.proof(w.bob.addr()))
	w.advance(1000 * time.Second)
	_, err = w.carol.send(w.contract, w.mv, "postDecryption", se.id, [][2]*big.Int{}, [][2]*big.Int{})
	reverts(t, err, "VotingDisqualified", nil)
	for i, tr := range se.trustees {
		shares, proofs := w.decryptions(t, se, i)
		w.ok(tr, "postDecryption", se.id, shares, proofs)
	}
	w.ok(w.admin, "postResult", se.id, ints(1, 0, 2))
	if tally, err := w.record(t, se).Recount(); err != nil || fmtUints(tally.Counts) != "1 0 2" {
		t.Fatalf("recount = %+v, %v; want 1 0 2", tally, err)
	}
}

// TestVotingTooFewTrusteesLeft: with k = 2 and only alice committed, disqualifying bob
// and carol leaves no key: the election cannot run (the admin sets it up again).
func TestVotingTooFewTrusteesLeft(t *testing.T) {
	w := newVotingWorld(t)
	e, _ := w.openElection()
	e.Secret, e.Threshold, e.TrusteeKeys = true, 2, [][]byte{tk(w.alice), tk(w.bob), tk(w.carol)}
	se := &secretElection{id: w.create(e)}
	se.where = w.where(se.id)
	d := w.dealing(t, se, w.alice)
	w.ok(w.alice, "commitKey", se.id, d.Commitments, d.PoK, d.Shares)
	w.advance(200 * time.Second)
	w.ok(w.stray, "disqualify", se.id, w.bob.addr())
	w.ok(w.stray, "disqualify", se.id, w.carol.addr())
	if _, ready := w.electionKey(se.id); ready {
		t.Fatal("a key from 1 trustee with threshold 2")
	}
}

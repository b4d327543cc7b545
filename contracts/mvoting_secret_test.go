package contracts

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/mvoting"
	"github.com/seoulchain/seoulchain/services/voting"
	"github.com/seoulchain/seoulchain/services/voting/elgamal"
)

// secretElection is a 2-of-3 secret election (alice, bob, carol trustees; the rules of
// openElection) whose trustees ran the key generation; xs are their decryption secrets.
type secretElection struct {
	id       *big.Int
	where    voting.Where
	key      elgamal.Point
	trustees []*account
	xs       []elgamal.Scalar
	dealings map[*account]*voting.Dealing // each trustee's, where kept (laterKeyGen)
}

func (w *votingWorld) where(id *big.Int) voting.Where {
	chainID, _ := w.admin.s.Backend().ChainID(context.Background())
	return voting.Where{ChainID: chainID, Contract: w.contract, Election: id}
}

func (w *votingWorld) newSecret(t *testing.T) *secretElection {
	t.Helper()
	e, _ := w.openElection()
	trustees := []*account{w.alice, w.bob, w.carol}
	e.Secret, e.Threshold, e.TrusteeKeys = true, 2, [][]byte{tk(w.alice), tk(w.bob), tk(w.carol)}
	se := &secretElection{id: w.create(e), trustees: trustees}
	se.where = w.where(se.id)
	for _, tr := range trustees {
		d := w.dealing(t, se, tr)
		w.kok(tr, "commitKey", se.id, d.Commitments, d.PoK, d.Shares)
	}
	rec := w.record(t, se)
	for i, tr := range trustees {
		x, err := voting.JoinShares(tr.key, uint64(i+1), rec.Committed)
		if err != nil {
			t.Fatal(err)
		}
		se.xs = append(se.xs, x)
	}
	k, ready := w.electionKey(se.id)
	if !ready {
		t.Fatal("key not ready after every trustee committed")
	}
	se.key = k
	return se
}

func (w *votingWorld) dealing(t *testing.T, se *secretElection, tr *account) *voting.Dealing {
	t.Helper()
	d, err := voting.NewDealing(se.where, tr.addr(), 2, []*ecdsa.PublicKey{&w.alice.key.PublicKey, &w.bob.key.PublicKey, &w.carol.key.PublicKey})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func (w *votingWorld) ok(a *account, method string, args ...any) {
	w.t.Helper()
	a.ok(w.contract, w.mv, method, args...)
}

// kok sends to ElectionKeys and fails the test on error.
func (w *votingWorld) kok(a *account, method string, args ...any) {
	w.t.Helper()
	a.ok(w.keys, w.ek, method, args...)
}

// ksend sends to ElectionKeys.
func (w *votingWorld) ksend(a *account, method string, args ...any) error {
	w.t.Helper()
	_, err := a.send(w.keys, w.ek, method, args...)
	return err
}

func (w *votingWorld) electionKey(id *big.Int) (elgamal.Point, bool) {
	w.t.Helper()
	out, err := w.view.ElectionKey(&bind.CallOpts{}, id)
	if err != nil {
		w.t.Fatal(err)
	}
	k, err := elgamal.PointFromBig(out.Key[0], out.Key[1])
	if err != nil {
		w.t.Fatal(err)
	}
	return k, out.Ready
}

func (w *votingWorld) record(t *testing.T, se *secretElection) *voting.SecretRecord {
	t.Helper()
	logs, err := w.admin.s.Backend().FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{w.contract, w.keys}, Topics: [][]common.Hash{nil, {common.BigToHash(se.id)}}})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := voting.ReadSecretRecord(se.where, 3, 2, 2, logs)
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

func (w *votingWorld) ballot(t *testing.T, se *secretElection, voter *account, choices ...uint8) mvoting.MVotingSecretBallot {
	t.Helper()
	b, err := voting.SecretBallot(se.where, voter.addr(), se.key, 3, 2, choices)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (w *votingWorld) decryptions(t *testing.T, se *secretElection, i int) ([][2]*big.Int, [][2]*big.Int) {
	t.Helper()
	sums, err := w.view.SumsOf(&bind.CallOpts{}, se.id)
	if err != nil {
		t.Fatal(err)
	}
	shares, proofs, err := voting.Decryptions(se.where, se.trustees[i].addr(), se.xs[i], sums)
	if err != nil {
		t.Fatal(err)
	}
	return shares, proofs
}

var none = [][4]*big.Int{}

// TestVotingSecretKeyGeneration: trustees commit with a proof of knowledge before the
// start; the contract derives the key once all have; every rule refuses its violation.
func TestVotingSecretKeyGeneration(t *testing.T) {
	w := newVotingWorld(t)
	e, _ := w.openElection()
	e.Secret, e.Threshold, e.TrusteeKeys = true, 2, [][]byte{tk(w.alice), tk(w.bob), tk(w.carol)}
	se := &secretElection{id: w.create(e)}
	se.where = w.where(se.id)
	d := w.dealing(t, se, w.alice)
	pok := func(c, s *big.Int) [2]*big.Int { return [2]*big.Int{c, s} }
	send := func(a *account, cs [][2]*big.Int, p [2]*big.Int, shares [][]byte) error {
		return w.ksend(a, "commitKey", se.id, cs, p, shares)
	}
	offCurve := [][2]*big.Int{{big.NewInt(1), big.NewInt(3)}, d.Commitments[1]}
	infinity := [][2]*big.Int{{big.NewInt(0), big.NewInt(0)}, d.Commitments[1]}
	swapped := [][2]*big.Int{d.Commitments[1], d.Commitments[0]}
	tests := []struct {
		name string
		from *account
		cs   [][2]*big.Int
		pok  [2]*big.Int
		err  string
	}{
		{"not a trustee", w.stray, d.Commitments, d.PoK, "KeysNotTrustee"},
		{"another trustee's proof (bound to alice)", w.bob, d.Commitments, d.PoK, "KeysBadKnowledgeProof"},
		{"proof for another point", w.alice, swapped, d.PoK, "KeysBadKnowledgeProof"},
		{"response not below r", w.alice, d.Commitments, pok(d.PoK[0], new(big.Int).Add(d.PoK[1], elgamal.Order)), "KeysBadKnowledgeProof"},
		{"off-curve commitment", w.alice, offCurve, d.PoK, "KeysPointNotOnCurve"},
		{"zero key part", w.alice, infinity, d.PoK, "KeysZeroCommitment"},
		{"wrong degree", w.alice, d.Commitments[:1], d.PoK, "KeysBadCommitments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { reverts(t, send(tt.from, tt.cs, tt.pok, d.Shares), tt.err, nil) })
	}
	reverts(t, send(w.alice, d.Commitments, d.PoK, d.Shares[:2]), "KeysBadCommitments", nil)
	w.kok(w.alice, "commitKey", se.id, d.Commitments, d.PoK, d.Shares)
	reverts(t, send(w.alice, d.Commitments, d.PoK, d.Shares), "KeysAlreadyCommitted", nil)
	if _, ready := w.electionKey(se.id); ready {
		t.Fatal("key ready with one trustee of three")
	}
	db := w.dealing(t, se, w.bob)
	w.kok(w.bob, "commitKey", se.id, db.Commitments, db.PoK, db.Shares)
	// Voting cannot open without a key: carol never commits, and after the start she may not.
	w.advance(200 * time.Second)
	dc := w.dealing(t, se, w.carol)
	reverts(t, send(w.carol, dc.Commitments, dc.PoK, dc.Shares), "KeysGenerationClosed", nil)
	_, err := w.alice.send(w.contract, w.mv, "castSecret", se.id, mvoting.MVotingSecretBallot{}, none, w.proof(w.alice.addr()))
	reverts(t, err, "VotingKeyNotReady", nil)
}

// TestVotingSecretBallotsVerifiedOnChain: valid ballots are accepted and summed; each
// invalid one is refused with its named error; a re-vote replaces the earlier ballot.
func TestVotingSecretBallotsVerifiedOnChain(t *testing.T) {
	w := newVotingWorld(t)
	se := w.newSecret(t)
	early := w.ballot(t, se, w.alice, 0)
	_, err := w.alice.send(w.contract, w.mv, "castSecret", se.id, early, none, w.proof(w.alice.addr()))
	reverts(t, err, "VotingNotOpen", nil)
	w.advance(200 * time.Second)

	cast := func(a *account, b mvoting.MVotingSecretBallot, prev [][4]*big.Int) error {
		_, err := a.send(w.contract, w.mv, "castSecret", se.id, b, prev, w.proof(a.addr()))
		return err
	}
	good := w.ballot(t, se, w.bob, 1)
	// A ballot for 2 on one option: a {0,1,2} proof presented as a {0,1} proof.
	forTwo := func() mvoting.MVotingSecretBallot {
		b := w.ballot(t, se, w.bob, 1)
		r, _ := elgamal.RandomScalar()
		ct := elgamal.Encrypt(se.key, 2, r)
		p, _ := elgamal.ProveRange(se.where.BallotContext(w.bob.addr()), 1, se.key, ct, 0, 2, 2, r)
		b.Ciphertexts[1] = ct.Words()
		w4 := p.Words()
		b.ChoiceProofs[1] = [4]*big.Int{w4[0], w4[1], w4[3], w4[4]}
		return b
	}()
	three := func() mvoting.MVotingSecretBallot { // three choices under maxChoices 2
		b, _ := elgamal.NewBallot(se.where.BallotContext(w.bob.addr()), se.key, 3, 3, []uint8{0, 1, 2})
		a := voting.BallotArg(b)
		a.SumProof = append(a.SumProof[:2:2], a.SumProof[3:5]...)
		return a
	}()
	tamper := func(f func(b *mvoting.MVotingSecretBallot)) mvoting.MVotingSecretBallot {
		b := w.ballot(t, se, w.bob, 1)
		f(&b)
		return b
	}
	tests := []struct {
		name string
		b    mvoting.MVotingSecretBallot
		err  string
		args map[string]string
	}{
		{"alice's ballot copied by bob", w.ballot(t, se, w.alice, 1), "VotingBadChoiceProof", map[string]string{"option": "0"}},
		{"a proof for 2", forTwo, "VotingBadChoiceProof", map[string]string{"option": "1"}},
		{"three choices of at most 2", three, "VotingBadSumProof", nil},
		{"wrong proof", tamper(func(b *mvoting.MVotingSecretBallot) {
			b.ChoiceProofs[2][2] = new(big.Int).Add(b.ChoiceProofs[2][2], big.NewInt(1))
		}), "VotingBadChoiceProof", map[string]string{"option": "2"}},
		{"off-curve point", tamper(func(b *mvoting.MVotingSecretBallot) {
			b.Ciphertexts[0][1] = new(big.Int).Add(b.Ciphertexts[0][1], big.NewInt(1))
		}), "VotingPointNotOnCurve", nil},
		{"missing option", tamper(func(b *mvoting.MVotingSecretBallot) { b.Ciphertexts = b.Ciphertexts[:2] }), "VotingBallotLength", nil},
		{"short sum proof", tamper(func(b *mvoting.MVotingSecretBallot) { b.SumProof = b.SumProof[:2] }), "VotingSumProofLength", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { reverts(t, cast(w.bob, tt.b, none), tt.err, tt.args) })
	}
	if err := cast(w.bob, good, none); err != nil {
		t.Fatal(err)
	}
	a1 := w.ballot(t, se, w.alice, 1)
	if err := cast(w.alice, a1, none); err != nil {
		t.Fatal(err)
	}
	// Alice re-votes: she must present her previous ciphertexts, exactly.
	a2 := w.ballot(t, se, w.alice, 0, 2)
	reverts(t, cast(w.alice, a2, none), "VotingPreviousBallotMismatch", nil)
	reverts(t, cast(w.alice, a2, good.Ciphertexts), "VotingPreviousBallotMismatch", nil)
	reverts(t, cast(w.carol, w.ballot(t, se, w.carol, 0), a1.Ciphertexts), "VotingPreviousBallotMismatch", nil)
	if err := cast(w.alice, a2, a1.Ciphertexts); err != nil {
		t.Fatal(err)
	}
	el, _ := w.view.ElectionOf(&bind.CallOpts{}, se.id)
	if el.Ballots != 2 || w.counts(se.id) != "" {
		t.Fatalf("ballots = %d counts %q; want 2 voters and no live counts", el.Ballots, w.counts(se.id))
	}
	// The contract's sums are the sums of the last ballots.
	sums, _ := w.view.SumsOf(&bind.CallOpts{}, se.id)
	recSums, voters, err := w.record(t, se).Sums()
	if err != nil || voters != 2 {
		t.Fatalf("recount sums: %v (%d voters)", err, voters)
	}
	for o := range sums {
		if fmtBig(sums[o][:]) != fmtBig(func() []*big.Int { x := recSums[o].Words(); return x[:] }()) {
			t.Fatalf("option %d: contract sum differs from the events' sum", o)
		}
	}
	w.advance(1000 * time.Second)
	reverts(t, cast(w.carol, w.ballot(t, se, w.carol, 0), none), "VotingNotOpen", nil)
}

// TestVotingSecretTally: after the end trustees post proven partial decryptions; a wrong
// one, a second one, one before the end and a non-trustee's are refused; the result needs
// k of them and must be the true count; anyone recounts it from the events; and with
// fewer than k trustees' secrets no ballot can be decrypted.
func TestVotingSecretTally(t *testing.T) {
	w := newVotingWorld(t)
	se := w.newSecret(t)
	w.advance(200 * time.Second)
	votes := map[*account][]uint8{w.alice: {0, 2}, w.bob: {2}, w.carol: {1, 2}}
	for a, choices := range votes {
		w.ok(a, "castSecret", se.id, w.ballot(t, se, a, choices...), none, w.proof(a.addr()))
	}
	shares, proofs := w.decryptions(t, se, 0)
	_, err := w.alice.send(w.contract, w.mv, "postDecryption", se.id, shares, proofs)
	reverts(t, err, "VotingNotEnded", nil)
	w.advance(1000 * time.Second)

	_, err = w.stray.send(w.contract, w.mv, "postDecryption", se.id, shares, proofs)
	reverts(t, err, "VotingNotTrustee", nil)
	_, err = w.bob.send(w.contract, w.mv, "postDecryption", se.id, shares, proofs) // alice's, bound to her
	reverts(t, err, "VotingBadDecryption", map[string]string{"option": "0"})
	wrong := append([][2]*big.Int{}, shares...)
	g2 := elgamal.PointBig(elgamal.Encrypt(elgamal.G, 0, *new(elgamal.Scalar).SetUint64(2)).A) // 2G: on the curve, not x·A
	wrong[1] = g2
	_, err = w.alice.send(w.contract, w.mv, "postDecryption", se.id, wrong, proofs)
	reverts(t, err, "VotingBadDecryption", map[string]string{"option": "1"})
	_, err = w.alice.send(w.contract, w.mv, "postDecryption", se.id, shares[:2], proofs[:2])
	reverts(t, err, "VotingDecryptionLength", nil)
	w.ok(w.alice, "postDecryption", se.id, shares, proofs)
	_, err = w.alice.send(w.contract, w.mv, "postDecryption", se.id, shares, proofs)
	reverts(t, err, "VotingAlreadyDecrypted", nil)

	// Fewer than k shares: no result.
	_, err = w.admin.send(w.contract, w.mv, "postResult", se.id, ints(1, 1, 3))
	reverts(t, err, "VotingTooFewDecryptions", map[string]string{"have": "1", "threshold": "2"})
	cs, cp := w.decryptions(t, se, 2)
	w.ok(w.carol, "postDecryption", se.id, cs, cp)

	_, err = w.admin.send(w.contract, w.mv, "postResult", se.id, ints(1, 1, 2))
	reverts(t, err, "VotingCountMismatch", map[string]string{"option": "2", "posted": "2"})
	_, err = w.admin.send(w.contract, w.mv, "postResult", se.id, ints(1, 1, 4))
	reverts(t, err, "VotingCountAboveBallots", nil)

	// Anyone recounts from the events alone: every proof and the decryption.
	rec := w.record(t, se)
	tally, err := rec.Recount()
	if err != nil || fmtUints(tally.Counts) != "1 1 3" || tally.Valid != 3 {
		t.Fatalf("recount = %+v, %v; want 1 1 3 from 3 voters", tally, err)
	}
	w.ok(w.admin, "postResult", se.id, ints(1, 1, 3))
	_, err = w.bob.send(w.contract, w.mv, "postDecryption", se.id, shares, proofs)
	reverts(t, err, "VotingResultPosted", nil)

	// Privacy: with k-1 = 1 trustee's secret (any one), no ballot decrypts to 0 or 1:
	// a single Shamir share of a 2-of-3 key is independent of the key.
	for i, x := range se.xs {
		for _, ev := range rec.Ballots {
			for o, w4 := range ev.Ballot.Ciphertexts {
				ct, _ := elgamal.CiphertextFromWords(w4)
				d, _, _ := elgamal.PartialDecrypt(se.where.DecryptContext(common.Address{}), 0, x, ct.A)
				for _, lambdaSet := range [][]uint64{{uint64(i + 1)}} {
					m, _ := elgamal.Combine(ct.B, lambdaSet, []elgamal.Point{d}, 1)
					if v, err := elgamal.DiscreteLog(m, 1); err == nil {
						t.Fatalf("trustee %d alone decrypted %s's option %d to %d", i+1, ev.Voter.Hex(), o, v)
					}
				}
			}
		}
	}
	// And the chain holds no secret: the election key's log is nowhere, only its commitments.
}

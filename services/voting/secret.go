package voting

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/bindings/mvoting"
	"github.com/seoulchain/seoulchain/services/voting/elgamal"
)

// Secret elections (see MVoting's NatSpec and the README's M-Voting section): the trustees
// generate the key on chain without a dealer, voters cast proven ElGamal ballots that the
// contract sums, and trustees decrypt only the sums. This file is the Go side of each step
// in the contract's ABI form, and the recount anyone can run from the events.

// ErrRecount is wrapped when the events do not recount to a verified tally.
var ErrRecount = errors.New("secret tally does not recount")

// Where names an election on a chain, for the Fiat-Shamir contexts.
type Where struct {
	ChainID  *big.Int
	Contract common.Address
	Election *big.Int
}

// BallotContext binds a ballot's proofs to its voter.
func (w Where) BallotContext(voter common.Address) elgamal.Context {
	return elgamal.NewContext(elgamal.DomainBallot, w.ChainID, w.Contract, w.Election, voter)
}

// DKGContext binds a trustee's proof of knowledge to it.
func (w Where) DKGContext(trustee common.Address) elgamal.Context {
	return elgamal.NewContext(elgamal.DomainDKG, w.ChainID, w.Contract, w.Election, trustee)
}

// DecryptContext binds a trustee's decryption proofs to it.
func (w Where) DecryptContext(trustee common.Address) elgamal.Context {
	return elgamal.NewContext(elgamal.DomainDecrypt, w.ChainID, w.Contract, w.Election, trustee)
}

// SecretBallot encrypts and proves choices for voter, in the form castSecret takes.
func SecretBallot(w Where, voter common.Address, key elgamal.Point, options, maxChoices int, choices []uint8) (mvoting.MVotingSecretBallot, error) {
	if err := CheckChoices(choices, options, maxChoices); err != nil {
		return mvoting.MVotingSecretBallot{}, err
	}
	b, err := elgamal.NewBallot(w.BallotContext(voter), key, options, maxChoices, choices)
	if err != nil {
		return mvoting.MVotingSecretBallot{}, err
	}
	return BallotArg(b), nil
}

// BallotArg is b in castSecret's form.
func BallotArg(b *elgamal.Ballot) mvoting.MVotingSecretBallot {
	return mvoting.MVotingSecretBallot{Ciphertexts: b.CiphertextWords(), ChoiceProofs: b.ChoiceProofWords(), SumProof: b.SumProof.Words()}
}

// Dealing is a trustee's key generation message (commitKey's arguments) and the
// polynomial behind it, which the trustee keeps secret until its shares are sent.
type Dealing struct {
	Poly        *elgamal.Polynomial
	Commitments [][2]*big.Int
	PoK         [2]*big.Int
	Shares      [][]byte // f(j) for trustee j = 1..n, ECIES-encrypted to j's key
}

// NewDealing draws trustee me's polynomial for a k-of-n election whose trustees' keys are
// trusteeKeys (in index order), and encrypts each trustee's share to it.
func NewDealing(w Where, me common.Address, k int, trusteeKeys []*ecdsa.PublicKey) (*Dealing, error) {
	poly, err := elgamal.NewPolynomial(k)
	if err != nil {
		return nil, err
	}
	pok, err := poly.ProveKnowledge(w.DKGContext(me))
	if err != nil {
		return nil, err
	}
	d := &Dealing{Poly: poly, PoK: pok.Words()}
	for _, c := range poly.Commitments() {
		d.Commitments = append(d.Commitments, elgamal.PointBig(c))
	}
	for j, pub := range trusteeKeys {
		s := poly.Eval(uint64(j + 1))
		b := s.Bytes()
		ct, err := EncryptFor(pub, b[:])
		if err != nil {
			return nil, fmt.Errorf("encrypt trustee %d's share: %w", j+1, err)
		}
		d.Shares = append(d.Shares, ct)
	}
	return d, nil
}

// Committed is one TrusteeCommitted event.
type Committed struct {
	Trustee     common.Address
	Index       uint64
	Commitments []elgamal.Point
	Shares      [][]byte
}

// ParseCommitted reads a TrusteeCommitted event (points checked).
func ParseCommitted(ev *mvoting.MVotingTrusteeCommitted) (Committed, error) {
	c := Committed{Trustee: ev.Trustee, Index: uint64(ev.Index), Shares: ev.EncryptedShares}
	for _, w := range ev.Commitments {
		p, err := elgamal.PointFromBig(w[0], w[1])
		if err != nil {
			return c, err
		}
		c.Commitments = append(c.Commitments, p)
	}
	return c, nil
}

// JoinShares is trustee index's step after every trustee committed: it decrypts the share
// each trustee sent it, checks it against that trustee's commitments (Feldman), and adds
// them into its decryption secret x_j. A share that fails names its sender: that trustee
// cheated, and the election must be set up again without it.
func JoinShares(key *ecdsa.PrivateKey, index uint64, all []Committed) (elgamal.Scalar, error) {
	var got []elgamal.Scalar
	for _, c := range all {
		if index == 0 || int(index) > len(c.Shares) {
			return elgamal.Scalar{}, fmt.Errorf("trustee index %d: trustee %s sent %d shares", index, c.Trustee.Hex(), len(c.Shares))
		}
		raw, err := DecryptWith(key, c.Shares[index-1])
		if err != nil {
			return elgamal.Scalar{}, fmt.Errorf("the share from trustee %d (%s) does not decrypt with your key: %w", c.Index, c.Trustee.Hex(), err)
		}
		s, err := elgamal.ScalarFromBig(new(big.Int).SetBytes(raw))
		if err != nil || len(raw) != 32 {
			return elgamal.Scalar{}, fmt.Errorf("the share from trustee %d (%s) is malformed: %w", c.Index, c.Trustee.Hex(), elgamal.ErrBadShare)
		}
		if err := elgamal.VerifyShare(c.Commitments, index, s); err != nil {
			return elgamal.Scalar{}, fmt.Errorf("the share from trustee %d (%s): %w", c.Index, c.Trustee.Hex(), err)
		}
		got = append(got, s)
	}
	return elgamal.SecretShare(got), nil
}

// Decryptions are trustee's partial decryptions of the option sums with their proofs, in
// postDecryption's form.
func Decryptions(w Where, trustee common.Address, x elgamal.Scalar, sums [][4]*big.Int) (shares, proofs [][2]*big.Int, err error) {
	ctx := w.DecryptContext(trustee)
	for o, s := range sums {
		ct, err := elgamal.CiphertextFromWords(s)
		if err != nil {
			return nil, nil, fmt.Errorf("sum of option %d: %w", o, err)
		}
		d, p, err := elgamal.PartialDecrypt(ctx, uint64(o), x, ct.A)
		if err != nil {
			return nil, nil, err
		}
		shares = append(shares, elgamal.PointBig(d))
		proofs = append(proofs, p.Words())
	}
	return shares, proofs, nil
}

// SecretRecord is a secret election as its events tell it.
type SecretRecord struct {
	Where
	Options, MaxChoices, Threshold int
	Committed                      []Committed
	Ballots                        []*mvoting.MVotingSecretBallotCast // in chain order
	Decryptions                    []*mvoting.MVotingDecryptionPosted // in chain order
}

// ReadSecretRecord sorts an election's logs into a SecretRecord.
func ReadSecretRecord(w Where, options, maxChoices, threshold int, logs []types.Log) (*SecretRecord, error) {
	f, _ := mvoting.NewMVotingFilterer(w.Contract, nil)
	rec := &SecretRecord{Where: w, Options: options, MaxChoices: maxChoices, Threshold: threshold}
	for _, l := range logs {
		if ev, err := f.ParseTrusteeCommitted(l); err == nil {
			c, err := ParseCommitted(ev)
			if err != nil {
				return nil, fmt.Errorf("trustee %s's commitments: %w", ev.Trustee.Hex(), err)
			}
			rec.Committed = append(rec.Committed, c)
		}
		if ev, err := f.ParseSecretBallotCast(l); err == nil {
			rec.Ballots = append(rec.Ballots, ev)
		}
		if ev, err := f.ParseDecryptionPosted(l); err == nil {
			rec.Decryptions = append(rec.Decryptions, ev)
		}
	}
	return rec, nil
}

// Key is the election key and the summed commitments (for verification keys).
func (r *SecretRecord) Key() (elgamal.Point, []elgamal.Point, error) {
	all := make([][]elgamal.Point, len(r.Committed))
	for i, c := range r.Committed {
		all[i] = c.Commitments
	}
	sum, err := elgamal.SumCommitments(all)
	if err != nil {
		return elgamal.Point{}, nil, err
	}
	return sum[0], sum, nil
}

// Sums re-verifies every ballot's proofs and adds each voter's last ballot per option, as
// the contract does; it returns the sums and the number of voters.
func (r *SecretRecord) Sums() ([]elgamal.Ciphertext, int, error) {
	key, _, err := r.Key()
	if err != nil {
		return nil, 0, err
	}
	last := map[common.Address]*elgamal.Ballot{}
	var order []common.Address
	for _, ev := range r.Ballots {
		b, err := elgamal.BallotFromWords(ev.Ballot.Ciphertexts, ev.Ballot.ChoiceProofs, ev.Ballot.SumProof)
		if err == nil {
			err = b.Verify(r.BallotContext(ev.Voter), key, r.Options, r.MaxChoices)
		}
		if err != nil {
			return nil, 0, fmt.Errorf("%w: the ballot of %s does not verify: %v", ErrRecount, ev.Voter.Hex(), err)
		}
		if last[ev.Voter] == nil {
			order = append(order, ev.Voter)
		}
		last[ev.Voter] = b
	}
	sums := make([]elgamal.Ciphertext, r.Options)
	for _, v := range order {
		for o, c := range last[v].Ciphertexts {
			sums[o] = sums[o].Add(c)
		}
	}
	return sums, len(order), nil
}

// Recount recomputes the whole tally from the events: every ballot's proofs, the sums,
// every trustee's decryption proofs, and the counts from the first k of them.
func (r *SecretRecord) Recount() (Tally, error) {
	sums, voters, err := r.Sums()
	if err != nil {
		return Tally{}, err
	}
	_, commitSum, err := r.Key()
	if err != nil {
		return Tally{}, err
	}
	var indexes []uint64
	parts := make([][]elgamal.Point, r.Options) // per option, per used trustee
	for _, ev := range r.Decryptions {
		if len(indexes) == r.Threshold {
			break
		}
		ctx, vk := r.DecryptContext(ev.Trustee), elgamal.EvalCommitments(commitSum, uint64(ev.Index))
		if len(ev.Shares) != r.Options || len(ev.Proofs) != r.Options {
			return Tally{}, fmt.Errorf("%w: trustee %s posted %d decryptions for %d options", ErrRecount, ev.Trustee.Hex(), len(ev.Shares), r.Options)
		}
		for o := range ev.Shares {
			d, err := elgamal.PointFromBig(ev.Shares[o][0], ev.Shares[o][1])
			if err != nil {
				return Tally{}, fmt.Errorf("%w: trustee %s: %v", ErrRecount, ev.Trustee.Hex(), err)
			}
			p, err := elgamal.EqualityProofFromWords(ev.Proofs[o])
			if err == nil {
				err = elgamal.VerifyEquality(ctx, uint64(o), vk, sums[o].A, d, p)
			}
			if err != nil {
				return Tally{}, fmt.Errorf("%w: trustee %s's decryption of option %d: %v", ErrRecount, ev.Trustee.Hex(), o, err)
			}
			parts[o] = append(parts[o], d)
		}
		indexes = append(indexes, uint64(ev.Index))
	}
	t := Tally{Counts: make([]uint64, r.Options), Valid: voters}
	for o := range sums {
		m, err := elgamal.Combine(sums[o].B, indexes, parts[o], r.Threshold)
		if err != nil {
			return Tally{}, fmt.Errorf("%w: %v (trustees post with 'vote trustee decrypt')", ErrRecount, err)
		}
		if t.Counts[o], err = elgamal.DiscreteLog(m, uint64(voters)); err != nil {
			return Tally{}, fmt.Errorf("%w: option %d: %v", ErrRecount, o, err)
		}
	}
	return t, nil
}

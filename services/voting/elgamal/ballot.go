package elgamal

import (
	"fmt"
	"math/big"
)

// SumTag tags the proof on a ballot's sum ciphertext; option proofs are tagged by index.
const SumTag = 0xffff

// MaxOptions bounds a ballot, as MVoting does.
const MaxOptions = 32

// Ballot is a secret ballot as Helios builds it: one ciphertext per option encrypting 1
// (chosen) or 0, a proof per option that it encrypts 0 or 1, and a proof that their
// homomorphic sum encrypts 1 to maxChoices. Together they prove the ballot follows the
// rules without showing the choices.
type Ballot struct {
	Ciphertexts  []Ciphertext
	ChoiceProofs []RangeProof // each over {0, 1}
	SumProof     RangeProof   // over {1, ..., maxChoices}
}

// NewBallot encrypts choices (option indexes) to the election key y and proves them, bound
// to ctx (NewContext(DomainBallot, chain, contract, election, voter)).
func NewBallot(ctx Context, y Point, options, maxChoices int, choices []uint8) (*Ballot, error) {
	if options < 2 || options > MaxOptions || maxChoices < 1 || maxChoices > options {
		return nil, fmt.Errorf("%w: %d options with up to %d choices", ErrBadPlaintext, options, maxChoices)
	}
	marks := make([]uint64, options)
	for _, c := range choices {
		if int(c) >= options || marks[c] == 1 {
			return nil, fmt.Errorf("%w: option %d out of range or chosen twice", ErrBadPlaintext, c)
		}
		marks[c] = 1
	}
	if len(choices) < 1 || len(choices) > maxChoices {
		return nil, fmt.Errorf("%w: %d options chosen, want 1 to %d", ErrBadPlaintext, len(choices), maxChoices)
	}
	b := &Ballot{Ciphertexts: make([]Ciphertext, options), ChoiceProofs: make([]RangeProof, options)}
	var sumR Scalar
	for o, m := range marks {
		r, err := RandomScalar()
		if err != nil {
			return nil, err
		}
		b.Ciphertexts[o] = Encrypt(y, m, r)
		if b.ChoiceProofs[o], err = ProveRange(ctx, uint64(o), y, b.Ciphertexts[o], 0, 1, m, r); err != nil {
			return nil, err
		}
		sumR.Add(&sumR, &r)
	}
	var err error
	b.SumProof, err = ProveRange(ctx, SumTag, y, b.Sum(), 1, uint64(maxChoices), uint64(len(choices)), sumR)
	return b, err
}

// Sum is the product ciphertext, which encrypts the number of options chosen.
func (b *Ballot) Sum() Ciphertext {
	var s Ciphertext
	for _, c := range b.Ciphertexts {
		s = s.Add(c)
	}
	return s
}

// Verify checks every proof of the ballot, as MVoting.castSecret does.
func (b *Ballot) Verify(ctx Context, y Point, options, maxChoices int) error {
	if len(b.Ciphertexts) != options || len(b.ChoiceProofs) != options {
		return fmt.Errorf("%w: %d ciphertexts and %d proofs for %d options", ErrBadProof, len(b.Ciphertexts), len(b.ChoiceProofs), options)
	}
	if maxChoices < 1 || maxChoices > options {
		return fmt.Errorf("%w: up to %d choices of %d options", ErrBadPlaintext, maxChoices, options)
	}
	for o := range b.Ciphertexts {
		if err := VerifyRange(ctx, uint64(o), y, b.Ciphertexts[o], 0, 1, b.ChoiceProofs[o]); err != nil {
			return fmt.Errorf("option %d: %w", o, err)
		}
	}
	if err := VerifyRange(ctx, SumTag, y, b.Sum(), 1, uint64(maxChoices), b.SumProof); err != nil {
		return fmt.Errorf("number of choices: %w", err)
	}
	return nil
}

// CiphertextWords is the ballot's ciphertexts as the contract's uint256[4][].
func (b *Ballot) CiphertextWords() [][4]*big.Int {
	out := make([][4]*big.Int, len(b.Ciphertexts))
	for i, c := range b.Ciphertexts {
		out[i] = c.Words()
	}
	return out
}

// ChoiceProofWords is the option proofs as the contract's uint256[4][]: c0, c1, s0, s1.
func (b *Ballot) ChoiceProofWords() [][4]*big.Int {
	out := make([][4]*big.Int, len(b.ChoiceProofs))
	for i, p := range b.ChoiceProofs {
		w := p.Words()
		out[i] = [4]*big.Int{w[0], w[1], w[2], w[3]}
	}
	return out
}

// BallotFromWords reads a ballot in the contract's form, checking points and scalars.
func BallotFromWords(cts, choiceProofs [][4]*big.Int, sumProof []*big.Int) (*Ballot, error) {
	b := &Ballot{Ciphertexts: make([]Ciphertext, len(cts)), ChoiceProofs: make([]RangeProof, len(choiceProofs))}
	var err error
	for i, w := range cts {
		if b.Ciphertexts[i], err = CiphertextFromWords(w); err != nil {
			return nil, fmt.Errorf("ciphertext %d: %w", i, err)
		}
	}
	for i, w := range choiceProofs {
		if b.ChoiceProofs[i], err = RangeProofFromWords(w[:]); err != nil {
			return nil, fmt.Errorf("proof %d: %w", i, err)
		}
	}
	if b.SumProof, err = RangeProofFromWords(sumProof); err != nil {
		return nil, fmt.Errorf("sum proof: %w", err)
	}
	return b, nil
}

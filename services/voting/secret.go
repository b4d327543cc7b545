package voting

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"runtime"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/bindings/electionkeys"
	"github.com/seoulchain/seoulchain/bindings/mvoting"
	"github.com/seoulchain/seoulchain/services/voting/elgamal"
)

// Secret elections (see MVoting's NatSpec and the README's M-Voting section): the trustees
// generate the key on chain without a dealer, voters cast proven ElGamal ballots that the
// contract sums, and trustees decrypt only the sums. This file is the Go side of each step
// in the contract's ABI form, and the recount anyone can run from the events.

// ErrRecount is wrapped when the events do not recount to a verified tally.
var ErrRecount = errors.New("secret tally does not recount")

// Where names an election on a chain, for the Fiat-Shamir contexts. Contract is MVoting's
// address, also in the key generation's proofs (made on ElectionKeys).
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
	// Revealed are the shares this trustee revealed on chain in answer to a complaint
	// (ShareRevealed), by the complainer's index: they replace the encrypted ones.
	Revealed map[uint64]elgamal.Scalar
}

// ParseCommitted reads a TrusteeCommitted event (points checked).
func ParseCommitted(ev *electionkeys.ElectionKeysTrusteeCommitted) (Committed, error) {
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

// BadShareError names a trustee whose share to us fails: the caller complains on chain
// ('vote trustee complain'), and that trustee must reveal the share or be disqualified.
type BadShareError struct {
	Trustee common.Address
	Index   uint64
	Err     error
}

func (e *BadShareError) Error() string {
	return fmt.Sprintf("the share from trustee %d (%s): %v", e.Index, e.Trustee.Hex(), e.Err)
}

func (e *BadShareError) Unwrap() error { return e.Err }

// BadSharesError lists every failing share found by JoinShares, in index order.
type BadSharesError []*BadShareError

func (e BadSharesError) Error() string {
	parts := make([]string, len(e))
	for i, b := range e {
		parts[i] = b.Error()
	}
	return strings.Join(parts, "; ")
}

// Unwrap lets errors.As find each *BadShareError.
func (e BadSharesError) Unwrap() []error {
	out := make([]error, len(e))
	for i, b := range e {
		out[i] = b
	}
	return out
}

// JoinShares is trustee index's step once the key generation is settled: it takes the
// share each qualified trustee (all, as ReadSecretRecord leaves them) sent it, revealed on
// chain if it was, else decrypted, checks it against that trustee's commitments (Feldman),
// and adds them into its decryption secret x_j. Failing shares are a BadSharesError
// naming every sender to complain about.
func JoinShares(key *ecdsa.PrivateKey, index uint64, all []Committed) (elgamal.Scalar, error) {
	var got []elgamal.Scalar
	var bad BadSharesError
	for _, c := range all {
		if index == 0 || int(index) > len(c.Shares) {
			return elgamal.Scalar{}, fmt.Errorf("trustee index %d: trustee %s sent %d shares", index, c.Trustee.Hex(), len(c.Shares))
		}
		s, err := shareFrom(key, index, c)
		if err != nil {
			bad = append(bad, &BadShareError{c.Trustee, c.Index, err})
			continue
		}
		got = append(got, s)
	}
	if bad != nil {
		return elgamal.Scalar{}, bad
	}
	return elgamal.SecretShare(got), nil
}

// ErrSecretMismatch is wrapped when a trustee's joined shares are not the secret of its
// verification key on chain.
var ErrSecretMismatch = errors.New("the shares do not add up to the secret of your verification key on chain")

// DecryptionSecret is trustee index's decryption secret x_j for the key as it stands,
// whose verification key on chain (ElectionKeys' verificationKey) is vk: stored, the one
// an earlier 'share' kept, while x_j·G is still vk; else joined again from all (as
// ReadSecretRecord leaves them), which is what happens when a trustee was disqualified
// after 'share' ran (its share leaves x_j as its commitments leave the key). fresh says
// it was joined (so to be stored). Failing shares are JoinShares' BadSharesError.
func DecryptionSecret(key *ecdsa.PrivateKey, index uint64, stored []byte, vk elgamal.Point, all []Committed) (x elgamal.Scalar, fresh bool, err error) {
	if len(stored) != 0 {
		x, err := elgamal.ScalarFromBig(new(big.Int).SetBytes(stored))
		if pub := elgamal.PublicKeyOf(x); err == nil && pub.Equal(&vk) {
			return x, false, nil
		}
	}
	if x, err = JoinShares(key, index, all); err != nil {
		return elgamal.Scalar{}, false, err
	}
	if pub := elgamal.PublicKeyOf(x); !pub.Equal(&vk) {
		return elgamal.Scalar{}, false, fmt.Errorf("trustee %d: %w", index, ErrSecretMismatch)
	}
	return x, true, nil
}

// shareFrom is c's share for trustee index, checked against c's commitments.
func shareFrom(key *ecdsa.PrivateKey, index uint64, c Committed) (elgamal.Scalar, error) {
	s, ok := c.Revealed[index]
	if !ok {
		raw, err := DecryptWith(key, c.Shares[index-1])
		if err != nil {
			return elgamal.Scalar{}, fmt.Errorf("does not decrypt with your key: %w", err)
		}
		if s, err = elgamal.ScalarFromBig(new(big.Int).SetBytes(raw)); err != nil || len(raw) != 32 {
			return elgamal.Scalar{}, fmt.Errorf("malformed: %w", elgamal.ErrBadShare)
		}
	}
	if err := elgamal.VerifyShare(c.Commitments, index, s); err != nil {
		return elgamal.Scalar{}, err
	}
	return s, nil
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

// ReadSecretRecord sorts an election's logs (MVoting's and ElectionKeys') into a
// SecretRecord. Disqualified trustees (TrusteeDisqualified) are left out of Committed, as
// ElectionKeys leaves them out of the key; shares revealed on chain (ShareRevealed) are
// attached to their sender.
func ReadSecretRecord(w Where, options, maxChoices, threshold int, logs []types.Log) (*SecretRecord, error) {
	f, _ := mvoting.NewMVotingFilterer(w.Contract, nil)
	kf, _ := electionkeys.NewElectionKeysFilterer(common.Address{}, nil)
	rec := &SecretRecord{Where: w, Options: options, MaxChoices: maxChoices, Threshold: threshold}
	out := map[common.Address]bool{}
	revealed := map[common.Address]map[common.Address]*big.Int{} // accused => complainer => share
	indexOf := map[common.Address]uint64{}
	for _, l := range logs {
		if ev, err := kf.ParseTrusteeDisqualified(l); err == nil {
			out[ev.Trustee] = true
		}
		if ev, err := kf.ParseShareRevealed(l); err == nil {
			if revealed[ev.Accused] == nil {
				revealed[ev.Accused] = map[common.Address]*big.Int{}
			}
			revealed[ev.Accused][ev.Complainer] = ev.Share
		}
		if ev, err := kf.ParseTrusteeCommitted(l); err == nil {
			c, err := ParseCommitted(ev)
			if err != nil {
				return nil, fmt.Errorf("trustee %s's commitments: %w", ev.Trustee.Hex(), err)
			}
			rec.Committed = append(rec.Committed, c)
			indexOf[c.Trustee] = c.Index
		}
		if ev, err := f.ParseSecretBallotCast(l); err == nil {
			rec.Ballots = append(rec.Ballots, ev)
		}
		if ev, err := f.ParseDecryptionPosted(l); err == nil {
			rec.Decryptions = append(rec.Decryptions, ev)
		}
	}
	var kept []Committed
	for _, c := range rec.Committed {
		if out[c.Trustee] {
			continue
		}
		for complainer, v := range revealed[c.Trustee] {
			s, err := elgamal.ScalarFromBig(v)
			if err != nil || indexOf[complainer] == 0 {
				return nil, fmt.Errorf("trustee %s's revealed share for %s: not a share of a committed trustee", c.Trustee.Hex(), complainer.Hex())
			}
			if c.Revealed == nil {
				c.Revealed = map[uint64]elgamal.Scalar{}
			}
			c.Revealed[indexOf[complainer]] = s
		}
		kept = append(kept, c)
	}
	rec.Committed = kept
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
	c, err := r.NewCounter()
	if err != nil {
		return nil, 0, err
	}
	if err := c.Add(r.Ballots); err != nil {
		return nil, 0, err
	}
	sums, voters := c.Sums()
	return sums, voters, nil
}

// Counter verifies an election's ballots as they are read, on all cores, and keeps only
// each voter's last ciphertexts (not the proofs, not the logs): a 100,000-ballot recount
// holds the sums' inputs, not the election's hundreds of MB of events.
type Counter struct {
	r       *SecretRecord
	key     elgamal.Point
	last    map[common.Address][]elgamal.Ciphertext
	order   []common.Address // first ballot order, so Sums adds in a fixed order
	workers int
}

// NewCounter is a Counter for r's ballots, checked against the key r's trustees made.
func (r *SecretRecord) NewCounter() (*Counter, error) {
	key, _, err := r.Key()
	if err != nil {
		return nil, err
	}
	return &Counter{r: r, key: key, last: map[common.Address][]elgamal.Ciphertext{}, workers: runtime.GOMAXPROCS(0)}, nil
}

// Add verifies ballots (the next ones in chain order) in parallel, then takes each as its
// voter's last. A ballot that does not verify is an ErrRecount naming its voter.
func (c *Counter) Add(ballots []*mvoting.MVotingSecretBallotCast) error {
	parsed := make([]*elgamal.Ballot, len(ballots))
	errs := make([]error, len(ballots))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(c.workers, len(ballots)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				ev := ballots[i]
				b, err := elgamal.BallotFromWords(ev.Ballot.Ciphertexts, ev.Ballot.ChoiceProofs, ev.Ballot.SumProof)
				if err == nil {
					err = b.Verify(c.r.BallotContext(ev.Voter), c.key, c.r.Options, c.r.MaxChoices)
				}
				parsed[i], errs[i] = b, err
			}
		}()
	}
	for i := range ballots {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, ev := range ballots {
		if errs[i] != nil {
			return fmt.Errorf("%w: the ballot of %s does not verify: %v", ErrRecount, ev.Voter.Hex(), errs[i])
		}
		if _, ok := c.last[ev.Voter]; !ok {
			c.order = append(c.order, ev.Voter)
		}
		c.last[ev.Voter] = parsed[i].Ciphertexts
	}
	return nil
}

// Sums are the option sums of each voter's last ballot, and the number of voters.
func (c *Counter) Sums() ([]elgamal.Ciphertext, int) {
	sums := make([]elgamal.Ciphertext, c.r.Options)
	for _, v := range c.order {
		for o, ct := range c.last[v] {
			sums[o] = sums[o].Add(ct)
		}
	}
	return sums, len(c.order)
}

// Recount recomputes the whole tally from the events: every ballot's proofs, the sums,
// every trustee's decryption proofs, and the counts from the first k of them.
func (r *SecretRecord) Recount() (Tally, error) {
	sums, voters, err := r.Sums()
	if err != nil {
		return Tally{}, err
	}
	return r.Decrypt(sums, voters)
}

// Decrypt verifies the trustees' partial decryptions of sums (of voters' ballots) and
// combines the first k of them into the counts.
func (r *SecretRecord) Decrypt(sums []elgamal.Ciphertext, voters int) (Tally, error) {
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

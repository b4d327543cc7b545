package cert

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/certificateregistry"
)

// Verdict is what a check of a certificate concludes.
type Verdict string

const (
	// Genuine: the file is exactly one a registered office anchored, not revoked, not expired.
	Genuine Verdict = "genuine"
	// Revoked: the office withdrew the file or its whole batch.
	Revoked Verdict = "revoked"
	// Expired: genuine, but past the expiry the office set.
	Expired Verdict = "expired"
	// Changed: the proof names another hash than the file's: the file was altered.
	Changed Verdict = "changed"
	// Unknown: nothing proves the file was issued (no proof, a proof for another chain or
	// registry, a batch never anchored, or a proof that does not place it in its batch).
	Unknown Verdict = "unknown"
)

// Result is a verdict with what backs it.
type Result struct {
	Verdict  Verdict     `json:"verdict"`
	Document common.Hash `json:"document"`
	// AsOf is the moment the verdict is for, when not now (Checker.AsOf).
	AsOf *time.Time `json:"asOf,omitempty"`
	// Why says, for unknown and changed, what could not be proven.
	Why       string       `json:"why,omitempty"`
	Office    *Office      `json:"office,omitempty"`
	OfficeNow string       `json:"officeStatus,omitempty"` // "registered" or "removed"
	Batch     *common.Hash `json:"batch,omitempty"`
	IssuedAt  *time.Time   `json:"issuedAt,omitempty"`
	ExpiresAt *time.Time   `json:"expiresAt,omitempty"`
	RevokedAt *time.Time   `json:"revokedAt,omitempty"`
	// Revocation is "batch" or "document"; Reason its code and texts.
	Revocation string `json:"revocation,omitempty"`
	Reason     uint16 `json:"reason,omitempty"`
	ReasonEN   string `json:"reasonEn,omitempty"`
	ReasonKO   string `json:"reasonKo,omitempty"`
}

// Checker checks certificates against one registry on one chain, the ones the verifier
// trusts (its address book), never those a proof file names.
type Checker struct {
	Registry common.Address
	ChainID  uint64
	reg      *certificateregistry.CertificateRegistryCaller
	// Now is the time expiry is judged at; time.Now when nil.
	Now func() time.Time
	// AsOf, when set, asks for the verdict as it stood at that moment (a bank asking
	// whether a certificate it was shown in March was valid then): a batch anchored later
	// is unknown, a revocation after it does not count (Why says it came later), and
	// expiry is judged at it.
	AsOf time.Time
}

// NewChecker reads the registry at addr through backend, on chain chainID.
func NewChecker(backend bind.ContractCaller, addr common.Address, chainID uint64) (*Checker, error) {
	reg, err := certificateregistry.NewCertificateRegistryCaller(addr, backend)
	if err != nil {
		return nil, err
	}
	return &Checker{Registry: addr, ChainID: chainID, reg: reg}, nil
}

func unix(s uint64) *time.Time {
	t := time.Unix(int64(s), 0).UTC()
	return &t
}

// Check judges the document whose SHA-256 is doc with proof p (nil: none). An error is a
// failure to read the chain, never a verdict.
func (c *Checker) Check(ctx context.Context, doc common.Hash, p *Proof) (*Result, error) {
	res := &Result{Verdict: Unknown, Document: doc}
	if !c.AsOf.IsZero() {
		at := c.AsOf.UTC()
		res.AsOf = &at
	}
	switch {
	case p == nil:
		res.Why = "no proof of issuance for this document"
		return res, nil
	case p.DocumentHash != doc:
		res.Verdict = Changed
		res.Why = fmt.Sprintf("the proof is of document %s, the file hashes to %s: the file was changed after issuance", p.DocumentHash.Hex(), doc.Hex())
		return res, nil
	case p.ChainID != c.ChainID:
		res.Why = fmt.Sprintf("the proof is for chain %d, this node is chain %d", p.ChainID, c.ChainID)
		return res, nil
	case p.Registry != c.Registry:
		res.Why = fmt.Sprintf("the proof names registry %s, the city's is %s", p.Registry.Hex(), c.Registry.Hex())
		return res, nil
	}
	proof := make([][32]byte, len(p.Proof))
	for i, h := range p.Proof {
		proof[i] = h
	}
	opts := &bind.CallOpts{Context: ctx}
	out, err := c.reg.Check(opts, doc, p.Root, proof)
	if err != nil {
		return nil, fmt.Errorf("check %s in the registry: %w", doc.Hex(), err)
	}
	if out.B.Office == (common.Address{}) {
		res.Why = fmt.Sprintf("batch %s was never anchored", p.Root.Hex())
		return res, nil
	}
	if !out.Included {
		res.Why = fmt.Sprintf("the proof does not place the document in batch %s", p.Root.Hex())
		return res, nil
	}
	office, err := c.reg.Office(opts, out.B.Office)
	if err != nil {
		return nil, fmt.Errorf("read office %s: %w", out.B.Office.Hex(), err)
	}
	root := p.Root
	res.Office = &Office{Name: office.Name, Address: out.B.Office}
	res.OfficeNow = "registered"
	if !office.Registered {
		res.OfficeNow = "removed"
	}
	res.Batch, res.IssuedAt = &root, unix(out.B.IssuedAt)
	if out.B.ExpiresAt != 0 {
		res.ExpiresAt = unix(out.B.ExpiresAt)
	}
	revoke := func(what string, at uint64, reason uint16) {
		res.Verdict, res.Revocation, res.RevokedAt, res.Reason = Revoked, what, unix(at), reason
		res.ReasonEN, res.ReasonKO = ReasonText(reason)
	}
	now := time.Now
	if c.Now != nil {
		now = c.Now
	}
	batchRevoked, docRevoked := out.B.RevokedAt, out.R.At
	if at := c.AsOf; !at.IsZero() {
		now = func() time.Time { return at }
		if res.IssuedAt.After(at) {
			res.Verdict, res.Office, res.OfficeNow, res.Batch, res.IssuedAt, res.ExpiresAt = Unknown, nil, "", nil, nil, nil
			res.Why = fmt.Sprintf("batch %s was anchored on %s, after %s", root.Hex(), unix(out.B.IssuedAt).In(seoul).Format(time.RFC3339), at.In(seoul).Format(time.RFC3339))
			return res, nil
		}
		// The revocation that came later is said, not counted.
		later := func(what string, when uint64, reason uint16) {
			en, _ := ReasonText(reason)
			res.Why = fmt.Sprintf("the %s was revoked later, on %s (%s)", what, unix(when).In(seoul).Format(time.RFC3339), en)
		}
		if batchRevoked != 0 && time.Unix(int64(batchRevoked), 0).After(at) {
			later("batch", batchRevoked, out.B.Reason)
			batchRevoked = 0
		}
		if docRevoked != 0 && time.Unix(int64(docRevoked), 0).After(at) {
			if res.Why == "" {
				later("document", docRevoked, out.R.Reason)
			}
			docRevoked = 0
		}
	}
	switch {
	case batchRevoked != 0:
		revoke("batch", out.B.RevokedAt, out.B.Reason)
	case docRevoked != 0:
		revoke("document", out.R.At, out.R.Reason)
	// Valid until expiresAt, that second included (--expires DATE sets the day's last).
	case res.ExpiresAt != nil && now().After(*res.ExpiresAt):
		res.Verdict = Expired
	default:
		res.Verdict = Genuine
	}
	return res, nil
}

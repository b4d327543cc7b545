package health

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/bindings/healthconsent"
)

// Backend is what reading the health contract needs of a node.
type Backend interface {
	bind.ContractCaller
	bind.ContractFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// View reads the HealthConsent contract.
type View struct {
	HC *healthconsent.HealthConsentCaller
	F  *healthconsent.HealthConsentFilterer
	b  Backend

	addr common.Address
}

// NewView reads the contract at addr through b.
func NewView(addr common.Address, b Backend) (*View, error) {
	hc, err := healthconsent.NewHealthConsentCaller(addr, b)
	if err != nil {
		return nil, err
	}
	f, err := healthconsent.NewHealthConsentFilterer(addr, b)
	if err != nil {
		return nil, err
	}
	return &View{HC: hc, F: f, b: b, addr: addr}, nil
}

func opts(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

// Consent is one consent as `consent list --json` prints it.
type Consent struct {
	ID         uint64         `json:"id"`
	Patient    common.Address `json:"patient"`
	Grantee    common.Address `json:"grantee"`
	Holder     common.Address `json:"holder"`
	Categories []string       `json:"categories,omitempty"`
	Record     *common.Hash   `json:"record,omitempty"`
	Purpose    string         `json:"purpose"`
	ExpiresAt  time.Time      `json:"expiresAt"`
	RevokedAt  *time.Time     `json:"revokedAt,omitempty"`
	Status     string         `json:"status"` // active, revoked or expired
}

// Scope says what the consent covers, for people.
func (c Consent) Scope() string {
	if c.Record != nil {
		return "record " + c.Record.Hex()
	}
	return strings.Join(c.Categories, ",")
}

// Consent reads consent id as of now.
func (v *View) Consent(ctx context.Context, id *big.Int, now time.Time) (Consent, error) {
	c, err := v.HC.Consent(opts(ctx), id)
	if err != nil {
		return Consent{}, fmt.Errorf("read consent %s: %w", id, err)
	}
	out := Consent{ID: id.Uint64(), Patient: c.Patient, Grantee: c.Grantee, Holder: c.Holder,
		Categories: CategoryNames(c.Categories), Purpose: name(Purposes, uint64(c.Purpose)),
		ExpiresAt: time.Unix(int64(c.ExpiresAt), 0).UTC(), Status: "active"}
	if c.Record != ([32]byte{}) {
		h := common.Hash(c.Record)
		out.Record = &h
	}
	switch {
	case c.RevokedAt != 0:
		t := time.Unix(int64(c.RevokedAt), 0).UTC()
		out.RevokedAt, out.Status = &t, "revoked"
	case !now.Before(out.ExpiresAt):
		out.Status = "expired"
	}
	return out, nil
}

// Consents are every consent patient granted, oldest first.
func (v *View) Consents(ctx context.Context, patient common.Address, now time.Time) ([]Consent, error) {
	ids, err := v.HC.ConsentsOf(opts(ctx), patient)
	if err != nil {
		return nil, fmt.Errorf("list the consents of %s: %w", patient.Hex(), err)
	}
	out := []Consent{}
	for _, id := range ids {
		c, err := v.Consent(ctx, id, now)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// FindConsent is the newest consent of the record's patient under which accessor may read
// holder's record now, or zero when none is (the contract then refuses the access with
// HealthNoConsent).
func (v *View) FindConsent(ctx context.Context, accessor, holder common.Address, record common.Hash) (*big.Int, error) {
	r, err := v.HC.Record(opts(ctx), holder, record)
	if err != nil {
		return nil, fmt.Errorf("read record %s of %s: %w", record.Hex(), holder.Hex(), err)
	}
	id, _, err := v.FindConsentOf(ctx, accessor, r.Patient, record)
	return id, err
}

// FindConsentOf is the newest consent of patient under which accessor may read record now,
// at whichever holder the consent names, and that holder; zero and no holder when none is.
func (v *View) FindConsentOf(ctx context.Context, accessor, patient common.Address, record common.Hash) (*big.Int, common.Address, error) {
	ids, err := v.HC.ConsentsOf(opts(ctx), patient)
	if err != nil {
		return nil, common.Address{}, fmt.Errorf("list the consents of %s: %w", patient.Hex(), err)
	}
	for i := len(ids) - 1; i >= 0; i-- {
		c, err := v.HC.Consent(opts(ctx), ids[i])
		if err != nil {
			return nil, common.Address{}, fmt.Errorf("read consent %s: %w", ids[i], err)
		}
		if c.Grantee == accessor && v.HC.CheckAccess(opts(ctx), accessor, c.Holder, record, ids[i]) == nil {
			return ids[i], c.Holder, nil
		}
	}
	return new(big.Int), common.Address{}, nil
}

// Access is one entry of a patient's access log.
type Access struct {
	Time      time.Time      `json:"time"`
	Accessor  common.Address `json:"accessor"`
	Role      string         `json:"role"`
	Record    common.Hash    `json:"record"`
	Category  string         `json:"category"`
	Holder    common.Address `json:"holder"`
	Consent   uint64         `json:"consent,omitempty"`   // zero: break-glass
	Emergency string         `json:"emergency,omitempty"` // the break-glass reason
	LoggedBy  common.Address `json:"loggedBy"`
	Tx        common.Hash    `json:"tx"`
}

// AccessLog is every access to patient's records, oldest first, from the contract's events:
// today's RecordAccessed and, on a proxy upgraded from it, the one the implementation before
// records were keyed by their holder emitted (another signature, hence another topic), whose
// holder is its record's provider.
func (v *View) AccessLog(ctx context.Context, patient common.Address) ([]Access, error) {
	logs, err := v.b.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{v.addr},
		Topics: [][]common.Hash{{recordAccessedID(), recordAccessedV2ID()}, {common.BytesToHash(patient.Bytes())}}})
	if err != nil {
		return nil, fmt.Errorf("read the access log of %s: %w", patient.Hex(), err)
	}
	out := []Access{}
	times := map[uint64]time.Time{}
	holders := map[[32]byte]common.Address{} // of records anchored before keying by holder
	holderOf := func(ctx context.Context, record [32]byte, block uint64) (common.Address, error) {
		h, ok := holders[record]
		if !ok {
			var err error
			if h, err = v.legacyHolder(ctx, record, block); err != nil {
				return common.Address{}, err
			}
			holders[record] = h
		}
		return h, nil
	}
	for _, l := range logs {
		e, err := v.parseAccess(ctx, l, holderOf)
		if err != nil {
			return nil, err
		}
		t, ok := times[l.BlockNumber]
		if !ok {
			h, err := v.b.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
			if err != nil {
				return nil, fmt.Errorf("read block %d: %w", l.BlockNumber, err)
			}
			t = time.Unix(int64(h.Time), 0).UTC()
			times[l.BlockNumber] = t
		}
		rec, err := v.HC.Record(opts(ctx), e.Holder, e.Record)
		if err != nil {
			return nil, fmt.Errorf("read record %x of %s: %w", e.Record, e.Holder.Hex(), err)
		}
		p, err := v.HC.Provider(opts(ctx), e.Accessor)
		if err != nil {
			return nil, fmt.Errorf("read provider %s: %w", e.Accessor.Hex(), err)
		}
		a := Access{Time: t, Accessor: e.Accessor, Role: name(Roles, uint64(p.Role)), Record: e.Record,
			Category: name(Categories, uint64(rec.Category)), Holder: e.Holder, Consent: e.ConsentId.Uint64(),
			LoggedBy: e.By, Tx: l.TxHash}
		if e.ConsentId.Sign() == 0 {
			a.Emergency = name(Reasons, uint64(e.Reason))
		}
		out = append(out, a)
	}
	return out, nil
}

// holderFunc finds the holder of record, accessed at block under the RecordAccessed of the
// implementation before records were keyed by their holder.
type holderFunc func(ctx context.Context, record [32]byte, block uint64) (common.Address, error)

// parseAccess decodes a RecordAccessed log of either signature; one of the implementation
// before records were keyed by their holder gets its record's holder from holderOf.
func (v *View) parseAccess(ctx context.Context, l types.Log, holderOf holderFunc) (*healthconsent.HealthConsentRecordAccessed, error) {
	if l.Topics[0] == recordAccessedID() {
		e, err := v.F.ParseRecordAccessed(l)
		if err != nil {
			return nil, fmt.Errorf("decode the access logged in %s: %w", l.TxHash.Hex(), err)
		}
		return e, nil
	}
	e := &healthconsent.HealthConsentRecordAccessed{Raw: l}
	if err := bind.NewBoundContract(v.addr, *recordAccessedV2ABI(), nil, nil, nil).UnpackLog(e, "RecordAccessed", l); err != nil {
		return nil, fmt.Errorf("decode the access logged in %s (before records were keyed by their holder): %w", l.TxHash.Hex(), err)
	}
	holder, err := holderOf(ctx, e.Record, l.BlockNumber)
	if err != nil {
		return nil, err
	}
	e.Holder = holder
	return e, nil
}

// legacyHolder is the provider of the record hashed record as the implementation before
// records were keyed by their holder kept it: hashes were global then, so the first
// RecordAnchored of that hash (up to block, the access's) is its one anchor. The contract
// finds that record under this holder still.
func (v *View) legacyHolder(ctx context.Context, record [32]byte, block uint64) (common.Address, error) {
	it, err := v.F.FilterRecordAnchored(&bind.FilterOpts{Context: ctx, End: &block}, [][32]byte{record}, nil, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("find who anchored record %x: %w", record, err)
	}
	defer it.Close()
	if !it.Next() {
		if err := it.Error(); err != nil {
			return common.Address{}, fmt.Errorf("find who anchored record %x: %w", record, err)
		}
		return common.Address{}, fmt.Errorf("record %x was accessed at block %d but never anchored before: not a HealthConsent log", record, block)
	}
	return it.Event.Provider, nil
}

// recordAccessedV2ABI is RecordAccessed as the implementation before records were keyed by
// their holder declared it (contracts/artifacts/HealthConsent.abi at dc08ae9, that of
// contracts/testdata/HealthConsent-v2.bin): no holder. A proxy upgraded from it keeps
// those logs, under this signature.
var recordAccessedV2ABI = sync.OnceValue(func() *abi.ABI {
	a, err := abi.JSON(strings.NewReader(`[{"anonymous":false,"name":"RecordAccessed","type":"event","inputs":[
		{"indexed":true,"internalType":"address","name":"patient","type":"address"},
		{"indexed":true,"internalType":"address","name":"accessor","type":"address"},
		{"indexed":true,"internalType":"bytes32","name":"record","type":"bytes32"},
		{"indexed":false,"internalType":"uint256","name":"consentId","type":"uint256"},
		{"indexed":false,"internalType":"uint16","name":"reason","type":"uint16"},
		{"indexed":false,"internalType":"address","name":"by","type":"address"}]}]`))
	if err != nil {
		panic(err)
	}
	return &a
})

func recordAccessedID() common.Hash   { return contractABI().Events["RecordAccessed"].ID }
func recordAccessedV2ID() common.Hash { return recordAccessedV2ABI().Events["RecordAccessed"].ID }
func recordAnchoredID() common.Hash   { return contractABI().Events["RecordAnchored"].ID }

// blockPeriod is the chain's time between blocks, as its last blocks were sealed (at least
// a second): how long waiting for a transaction to be mined takes at least.
func (v *View) blockPeriod(ctx context.Context) time.Duration {
	const span = 10
	head, err := v.b.HeaderByNumber(ctx, nil)
	if err != nil || head.Number.Uint64() == 0 {
		return time.Second
	}
	n := min(head.Number.Uint64(), span)
	old, err := v.b.HeaderByNumber(ctx, new(big.Int).Sub(head.Number, new(big.Int).SetUint64(n)))
	if err != nil || head.Time <= old.Time {
		return time.Second
	}
	return max(time.Second, time.Duration(head.Time-old.Time)*time.Second/time.Duration(n))
}

// head is the number of the chain's newest block.
func (v *View) head(ctx context.Context) (uint64, error) {
	h, err := v.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("read the chain's head: %w", err)
	}
	return h.Number.Uint64(), nil
}

// RecordHash reads a record argument: a 0x-prefixed SHA-256, or a file hashed here.
func RecordHash(arg string) (common.Hash, error) {
	if strings.HasPrefix(arg, "0x") && len(arg) == 66 {
		if b := common.FromHex(arg); len(b) == 32 {
			return common.BytesToHash(b), nil
		}
	}
	b, err := os.ReadFile(arg)
	if err != nil {
		return common.Hash{}, fmt.Errorf("record %q: neither a 0x… SHA-256 nor a file: %w", arg, err)
	}
	return sha256.Sum256(b), nil
}

package fund

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/seoulchain/seoulchain/bindings/fundledger"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
)

// Fund kinds, inflow kinds and spend statuses, as the contract numbers them.
const (
	KindDonation    uint8 = 1
	KindConsignment uint8 = 2

	InflowTranche     uint8 = 1
	InflowInterest    uint8 = 2
	InflowCarriedOver uint8 = 3

	StatusPending  uint8 = 1
	StatusPaid     uint8 = 2
	StatusRejected uint8 = 3

	// AdminLine is every fund's line 0: administration and collection costs.
	AdminLine = 0
)

// Books are funds rebuilt from the ledger's events alone.
type Books struct {
	Funds  map[uint64]*Fund
	Spends map[uint64]*Spend
	// Receipts: each donation's amount, by its fund and receipt. A receipt is recorded once
	// per fund: the same reference may be another donation in another fund.
	Receipts map[ReceiptKey]*big.Int
}

// ReceiptKey names a donation: its fund and its receipt.
type ReceiptKey struct {
	Fund    uint64
	Receipt common.Hash
}

// Fund is one fund's books.
type Fund struct {
	ID                        uint64
	Kind                      uint8
	Manager, Supervisor       common.Address
	ReturnTo                  common.Address
	Start, End, Grace         uint64
	AdminCapBps               uint16
	StatutoryCap              bool
	ApprovalThreshold         *big.Int
	FollowUp                  uint64
	Settled                   bool
	SettledAmount, Lapsed     *big.Int
	SettledTo                 common.Address
	SettledToFund             uint64
	Inflows, Donations        *big.Int
	Spent, Refunded, Pending  *big.Int
	DonationCount, SpendCount int
	Lines                     []*Line
	Payees                    map[common.Address]bool
	Collectors                map[common.Address]bool
	flows                     []flow
}

// Line is one budget line's books.
type Line struct {
	Code                            [32]byte
	Limit, Spent, Refunded, Pending *big.Int
	Flagged                         *big.Int // the amounts of the line's flagged spends
	FlaggedCount                    int
}

// Spend is one spend as its events tell it.
type Spend struct {
	ID, Fund, Line   uint64
	Payee            common.Address
	Amount, Refunded *big.Int
	Evidence         common.Hash
	Status           uint8
	Flagged          bool
	FlagRef          common.Hash
	Block            uint64
	Tx               common.Hash
}

// flowKind is what moved the fund's pool, in the order it happened: what Trace walks.
type flowKind uint8

const (
	flowIn      flowKind = iota + 1 // any inflow; receipt set for a donation
	flowPaid                        // a spend paid (at request, or at approval)
	flowRefund                      // money back against a spend
	flowSettled                     // the balance left
)

type flow struct {
	kind    flowKind
	amount  *big.Int
	receipt common.Hash
	spend   uint64
	block   uint64
}

// NewBooks is empty books.
func NewBooks() *Books {
	return &Books{Funds: map[uint64]*Fund{}, Spends: map[uint64]*Spend{}, Receipts: map[ReceiptKey]*big.Int{}}
}

// Balance is what the fund holds: inflows − spent + refunded − settled.
func (f *Fund) Balance() *big.Int {
	b := new(big.Int).Sub(f.Inflows, f.Spent)
	b.Add(b, f.Refunded)
	return b.Sub(b, f.SettledAmount)
}

// AdminBase is what the admin line's cap is a share of: a campaign's donations (what it
// collected), a consignment fund's inflows (FundLedger.adminCap).
func (f *Fund) AdminBase() *big.Int {
	if f.Kind == KindDonation {
		return f.Donations
	}
	return f.Inflows
}

// AdminCap is the admin line's cap now, by the contract's rule (FundLedger.adminCap).
func (f *Fund) AdminCap() *big.Int {
	if f.StatutoryCap {
		return StatutoryCap(f.Donations)
	}
	c := new(big.Int).Mul(f.AdminBase(), big.NewInt(int64(f.AdminCapBps)))
	return c.Div(c, big.NewInt(10_000))
}

// statutoryFloors: the statutory cap reached at the top of each tier (15% of ₩1 billion,
// 13% of ₩10 billion, 12% of ₩20 billion), below which the next tier's cap never falls.
var statutoryFloors = []struct{ above, floor *big.Int }{
	{big.NewInt(2e10), big.NewInt(24e8)}, {big.NewInt(1e10), big.NewInt(13e8)}, {big.NewInt(1e9), big.NewInt(15e7)},
}

// StatutoryCap is the statutory cap in won on what a campaign collected: the tier's rate of
// the whole (StatutoryCapBps), but never less than the cap at the top of the tier below, so
// that more donations never lower it. FundLedger.statutoryCap is the same rule.
func StatutoryCap(collected *big.Int) *big.Int {
	c := new(big.Int).Mul(collected, big.NewInt(int64(StatutoryCapBps(collected))))
	c.Div(c, big.NewInt(10_000))
	for _, t := range statutoryFloors {
		if collected.Cmp(t.above) > 0 {
			if c.Cmp(t.floor) < 0 {
				c.Set(t.floor)
			}
			break
		}
	}
	return c
}

// StatutoryCapBps is the share, in basis points, of a campaign's collected amount that may
// pay its collection costs: the Enforcement Decree of the Act on Collection and Use of
// Donations, art. 19 (15% up to ₩1 billion, 13% up to ₩10 billion, 12% up to ₩20
// billion, 10% above). FundLedger.statutoryCapBps is the same table.
func StatutoryCapBps(collected *big.Int) uint16 {
	switch {
	case collected.Cmp(big.NewInt(1e9)) <= 0:
		return 1500
	case collected.Cmp(big.NewInt(1e10)) <= 0:
		return 1300
	case collected.Cmp(big.NewInt(2e10)) <= 0:
		return 1200
	}
	return 1000
}

// Used is what counts against the line's limit: spent − refunded + pending.
func (l *Line) Used() *big.Int {
	u := new(big.Int).Sub(l.Spent, l.Refunded)
	return u.Add(u, l.Pending)
}

// ApplyLogs parses each of the ledger's logs and applies it; logs of other events
// (roles, upgrades) are skipped.
func (b *Books) ApplyLogs(logs []types.Log) error {
	f, err := fundledger.NewFundLedgerFilterer(common.Address{}, nil)
	if err != nil {
		return err
	}
	a, err := fundledger.FundLedgerMetaData.GetAbi()
	if err != nil {
		return err
	}
	for _, l := range logs {
		if len(l.Topics) == 0 {
			continue
		}
		ev, err := a.EventByID(l.Topics[0])
		if err != nil {
			continue
		}
		var parsed any
		switch ev.Name {
		case "FundCreated":
			parsed, err = f.ParseFundCreated(l)
		case "LineAdded":
			parsed, err = f.ParseLineAdded(l)
		case "PayeeAdded":
			parsed, err = f.ParsePayeeAdded(l)
		case "PayeeRemoved":
			parsed, err = f.ParsePayeeRemoved(l)
		case "FollowUpNamed":
			parsed, err = f.ParseFollowUpNamed(l)
		case "CollectorAdded":
			parsed, err = f.ParseCollectorAdded(l)
		case "CollectorRemoved":
			parsed, err = f.ParseCollectorRemoved(l)
		case "Donated":
			parsed, err = f.ParseDonated(l)
		case "Deposited":
			parsed, err = f.ParseDeposited(l)
		case "SpendRequested":
			parsed, err = f.ParseSpendRequested(l)
		case "SpendApproved":
			parsed, err = f.ParseSpendApproved(l)
		case "SpendRejected":
			parsed, err = f.ParseSpendRejected(l)
		case "SpendFlagged":
			parsed, err = f.ParseSpendFlagged(l)
		case "SpendRefunded":
			parsed, err = f.ParseSpendRefunded(l)
		case "Settled":
			parsed, err = f.ParseSettled(l)
		default:
			continue
		}
		if err != nil {
			return fmt.Errorf("parse %s in block %d: %w", ev.Name, l.BlockNumber, err)
		}
		if err := b.Apply(parsed); err != nil {
			return fmt.Errorf("%s in block %d: %w", ev.Name, l.BlockNumber, err)
		}
	}
	return nil
}

// Apply applies one parsed event (a fundledger.FundLedger* event), in chain order.
func (b *Books) Apply(ev any) error {
	switch e := ev.(type) {
	case *fundledger.FundLedgerFundCreated:
		id := e.Fund.Uint64()
		b.Funds[id] = &Fund{
			ID: id, Kind: e.Kind, Manager: e.Manager, Supervisor: e.Supervisor, ReturnTo: e.ReturnTo,
			Start: e.Start, End: e.End, Grace: e.Grace, AdminCapBps: e.AdminCapBps, StatutoryCap: e.StatutoryCap,
			ApprovalThreshold: new(big.Int).Set(e.ApprovalThreshold),
			SettledAmount:     new(big.Int), Lapsed: new(big.Int), Inflows: new(big.Int), Donations: new(big.Int),
			Spent: new(big.Int), Refunded: new(big.Int), Pending: new(big.Int), Payees: map[common.Address]bool{},
			Collectors: map[common.Address]bool{},
		}
		return nil
	case *fundledger.FundLedgerLineAdded:
		f, err := b.fund(e.Fund)
		if err != nil {
			return err
		}
		if e.Line.Uint64() != uint64(len(f.Lines)) {
			return fmt.Errorf("fund %d: line %s added after %s", f.ID, e.Line, outcome.Plural(len(f.Lines), "line", "lines"))
		}
		f.Lines = append(f.Lines, &Line{Code: e.Code, Limit: new(big.Int).Set(e.Limit), Spent: new(big.Int),
			Refunded: new(big.Int), Pending: new(big.Int), Flagged: new(big.Int)})
		return nil
	case *fundledger.FundLedgerPayeeAdded:
		return b.payee(e.Fund, e.Payee, true)
	case *fundledger.FundLedgerPayeeRemoved:
		return b.payee(e.Fund, e.Payee, false)
	case *fundledger.FundLedgerCollectorAdded:
		return b.collector(e.Fund, e.Collector, true)
	case *fundledger.FundLedgerCollectorRemoved:
		return b.collector(e.Fund, e.Collector, false)
	case *fundledger.FundLedgerFollowUpNamed:
		f, err := b.fund(e.Fund)
		if err != nil {
			return err
		}
		f.FollowUp = e.FollowUp.Uint64()
		return nil
	case *fundledger.FundLedgerDonated:
		f, err := b.fund(e.Fund)
		if err != nil {
			return err
		}
		f.Inflows.Add(f.Inflows, e.Amount)
		f.Donations.Add(f.Donations, e.Amount)
		f.DonationCount++
		b.Receipts[ReceiptKey{f.ID, e.Receipt}] = e.Amount
		f.flows = append(f.flows, flow{kind: flowIn, amount: e.Amount, receipt: e.Receipt, block: e.Raw.BlockNumber})
		return nil
	case *fundledger.FundLedgerDeposited:
		f, err := b.fund(e.Fund)
		if err != nil {
			return err
		}
		f.Inflows.Add(f.Inflows, e.Amount)
		f.flows = append(f.flows, flow{kind: flowIn, amount: e.Amount, block: e.Raw.BlockNumber})
		return nil
	case *fundledger.FundLedgerSpendRequested:
		f, l, err := b.line(e.Fund, e.Line)
		if err != nil {
			return err
		}
		sp := &Spend{ID: e.Spend.Uint64(), Fund: f.ID, Line: e.Line.Uint64(), Payee: e.Payee, Amount: new(big.Int).Set(e.Amount),
			Refunded: new(big.Int), Evidence: e.Evidence, Status: StatusPaid, Block: e.Raw.BlockNumber, Tx: e.Raw.TxHash}
		b.Spends[sp.ID] = sp
		f.SpendCount++
		if e.Pending {
			sp.Status = StatusPending
			l.Pending.Add(l.Pending, e.Amount)
			f.Pending.Add(f.Pending, e.Amount)
			return nil
		}
		f.pay(l, sp, e.Raw.BlockNumber)
		return nil
	case *fundledger.FundLedgerSpendApproved, *fundledger.FundLedgerSpendRejected:
		var id *big.Int
		approved := false
		if a, ok := e.(*fundledger.FundLedgerSpendApproved); ok {
			id, approved = a.Spend, true
		} else {
			id = e.(*fundledger.FundLedgerSpendRejected).Spend
		}
		sp, f, l, err := b.spend(id)
		if err != nil {
			return err
		}
		if sp.Status != StatusPending {
			return fmt.Errorf("spend %d decided while not pending", sp.ID)
		}
		l.Pending.Sub(l.Pending, sp.Amount)
		f.Pending.Sub(f.Pending, sp.Amount)
		sp.Status = StatusRejected
		if approved {
			f.pay(l, sp, rawBlock(e))
		}
		return nil
	case *fundledger.FundLedgerSpendFlagged:
		sp, _, l, err := b.spend(e.Spend)
		if err != nil {
			return err
		}
		sp.Flagged, sp.FlagRef = true, e.ReasonRef
		l.Flagged.Add(l.Flagged, sp.Amount)
		l.FlaggedCount++
		return nil
	case *fundledger.FundLedgerSpendRefunded:
		sp, f, l, err := b.spend(e.Spend)
		if err != nil {
			return err
		}
		sp.Refunded.Add(sp.Refunded, e.Amount)
		l.Refunded.Add(l.Refunded, e.Amount)
		f.Refunded.Add(f.Refunded, e.Amount)
		f.flows = append(f.flows, flow{kind: flowRefund, amount: e.Amount, spend: sp.ID, block: e.Raw.BlockNumber})
		return nil
	case *fundledger.FundLedgerSettled:
		f, err := b.fund(e.Fund)
		if err != nil {
			return err
		}
		f.Settled = true
		f.SettledAmount.Set(e.Amount)
		f.SettledTo, f.SettledToFund = e.To, e.ToFund.Uint64()
		f.Lapsed.Set(e.PendingCancelled)
		f.Pending.SetInt64(0)
		for _, l := range f.Lines {
			l.Pending.SetInt64(0)
		}
		f.flows = append(f.flows, flow{kind: flowSettled, amount: e.Amount, block: e.Raw.BlockNumber})
		return nil
	}
	return fmt.Errorf("not a ledger event: %T", ev)
}

func rawBlock(ev any) uint64 {
	if a, ok := ev.(*fundledger.FundLedgerSpendApproved); ok {
		return a.Raw.BlockNumber
	}
	return 0
}

func (f *Fund) pay(l *Line, sp *Spend, block uint64) {
	sp.Status = StatusPaid
	l.Spent.Add(l.Spent, sp.Amount)
	f.Spent.Add(f.Spent, sp.Amount)
	f.flows = append(f.flows, flow{kind: flowPaid, amount: sp.Amount, spend: sp.ID, block: block})
}

func (b *Books) fund(id *big.Int) (*Fund, error) {
	f, ok := b.Funds[id.Uint64()]
	if !ok {
		return nil, fmt.Errorf("fund %s has no FundCreated event", id)
	}
	return f, nil
}

func (b *Books) line(fund, line *big.Int) (*Fund, *Line, error) {
	f, err := b.fund(fund)
	if err != nil {
		return nil, nil, err
	}
	if !line.IsUint64() || line.Uint64() >= uint64(len(f.Lines)) {
		return nil, nil, fmt.Errorf("fund %d has no line %s", f.ID, line)
	}
	return f, f.Lines[line.Uint64()], nil
}

func (b *Books) spend(id *big.Int) (*Spend, *Fund, *Line, error) {
	sp, ok := b.Spends[id.Uint64()]
	if !ok {
		return nil, nil, nil, fmt.Errorf("spend %s has no SpendRequested event", id)
	}
	f := b.Funds[sp.Fund]
	return sp, f, f.Lines[sp.Line], nil
}

func (b *Books) payee(fund *big.Int, who common.Address, on bool) error {
	f, err := b.fund(fund)
	if err != nil {
		return err
	}
	f.Payees[who] = on
	return nil
}

func (b *Books) collector(fund *big.Int, who common.Address, on bool) error {
	f, err := b.fund(fund)
	if err != nil {
		return err
	}
	f.Collectors[who] = on
	return nil
}

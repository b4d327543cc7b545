package fund

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/shopspring/decimal"

	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/services/krw"
)

// Report is a fund's books as `fund report` and GET /v1/funds/{id} show them.
type Report struct {
	Fund              uint64         `json:"fund"`
	Kind              string         `json:"kind"`
	Manager           common.Address `json:"manager"`
	Supervisor        common.Address `json:"supervisor"`
	ReturnTo          common.Address `json:"returnTo"`
	Start             uint64         `json:"start"`
	End               uint64         `json:"end"`
	SettleAfter       uint64         `json:"settleAfter"`
	ApprovalThreshold amount.Value   `json:"approvalThreshold"`
	FollowUp          uint64         `json:"followUp,omitempty"`
	Inflows           amount.Value   `json:"inflows"`
	Donations         amount.Value   `json:"donations"`
	DonationCount     int            `json:"donationCount"`
	Spent             amount.Value   `json:"spent"`
	Refunded          amount.Value   `json:"refunded"`
	Pending           amount.Value   `json:"pending"`
	Balance           amount.Value   `json:"balance"`
	Lines             []ReportLine   `json:"lines"`
	Admin             AdminShare     `json:"admin"`
	Settled           bool           `json:"settled"`
	SettledAmount     amount.Value   `json:"settledAmount"`
	SettledTo         common.Address `json:"settledTo,omitempty"`
	SettledToFund     uint64         `json:"settledToFund,omitempty"`
	Lapsed            amount.Value   `json:"lapsedPending"`
}

// ReportLine is one budget line: its budget, what it spent (net of refunds), what waits for
// approval, what is flagged for audit, and what is left.
type ReportLine struct {
	Line         uint64       `json:"line"`
	Code         string       `json:"code"`
	Budget       amount.Value `json:"budget"`
	Spent        amount.Value `json:"spent"`
	Refunded     amount.Value `json:"refunded"`
	Pending      amount.Value `json:"pending"`
	Flagged      amount.Value `json:"flagged"`
	FlaggedCount int          `json:"flaggedCount"`
	Left         amount.Value `json:"left"`
}

// AdminShare is the admin / collection-cost line against its cap.
type AdminShare struct {
	Used amount.Value `json:"used"` // spent − refunded + pending
	Cap  amount.Value `json:"cap"`
	// CapBps is the rate: the fund's own, or on the statutory cap the tier's rate for the
	// base. The cap may be more than the rate of the base (CapIsFloor).
	CapBps uint16 `json:"capBps"`
	// CapPercent is the cap as a share of the base in percent, two places (like
	// ShareOfBase): what the fund may spend on administration now. On the statutory cap's floor it is
	// above the tier's rate (₩10.5 billion collected: tier 12%, cap ₩1.3 billion = 12.38%).
	CapPercent string `json:"capPercent"`
	// CapIsFloor: the statutory cap is the floor, the cap reached at the top of the tier
	// below, which more donations never lower, not the tier's rate of the base.
	CapIsFloor bool `json:"capIsFloor"`
	Statutory  bool `json:"statutory"`
	// Base is what the cap is a share of: a campaign's donations, a consignment fund's
	// inflows.
	Base amount.Value `json:"base"`
	// ShareOfBase is Used ÷ Base in percent, two places.
	ShareOfBase string `json:"shareOfBasePercent"`
}

func won(v *big.Int) amount.Value {
	return amount.Value{Units: new(big.Int).Set(v), Decimals: krw.Decimals}
}

// KindName is "donation" or "consignment".
func KindName(k uint8) string {
	switch k {
	case KindDonation:
		return "donation"
	case KindConsignment:
		return "consignment"
	}
	return "unknown"
}

// Report is the fund's report.
func (f *Fund) Report() *Report {
	r := &Report{
		Fund: f.ID, Kind: KindName(f.Kind), Manager: f.Manager, Supervisor: f.Supervisor, ReturnTo: f.ReturnTo,
		Start: f.Start, End: f.End, SettleAfter: f.End + f.Grace, ApprovalThreshold: won(f.ApprovalThreshold),
		FollowUp: f.FollowUp, Inflows: won(f.Inflows), Donations: won(f.Donations), DonationCount: f.DonationCount,
		Spent: won(new(big.Int).Sub(f.Spent, f.Refunded)), Refunded: won(f.Refunded), Pending: won(f.Pending),
		Balance: won(f.Balance()), Settled: f.Settled, SettledAmount: won(f.SettledAmount), Lapsed: won(f.Lapsed),
	}
	if f.Settled {
		r.SettledTo, r.SettledToFund = f.SettledTo, f.SettledToFund
	}
	for i, l := range f.Lines {
		left := new(big.Int).Sub(l.Limit, l.Used())
		if left.Sign() < 0 {
			left.SetInt64(0)
		}
		r.Lines = append(r.Lines, ReportLine{Line: uint64(i), Code: CodeString(l.Code), Budget: won(l.Limit),
			Spent: won(new(big.Int).Sub(l.Spent, l.Refunded)), Refunded: won(l.Refunded), Pending: won(l.Pending),
			Flagged: won(l.Flagged), FlaggedCount: l.FlaggedCount, Left: won(left)})
	}
	base := f.AdminBase()
	bps := f.AdminCapBps
	if f.StatutoryCap {
		bps = StatutoryCapBps(base)
	}
	used := new(big.Int)
	if len(f.Lines) > 0 {
		used = f.Lines[AdminLine].Used()
	}
	share := decimal.Zero
	if base.Sign() > 0 {
		share = decimal.NewFromBigInt(used, 2).Div(decimal.NewFromBigInt(base, 0))
	}
	capNow := f.AdminCap()
	byRate := new(big.Int).Mul(base, big.NewInt(int64(bps)))
	byRate.Div(byRate, big.NewInt(10_000))
	capPercent := decimal.New(int64(bps), -2) // of nothing collected yet: the rate
	if base.Sign() > 0 {
		capPercent = decimal.NewFromBigInt(capNow, 2).Div(decimal.NewFromBigInt(base, 0))
	}
	r.Admin = AdminShare{Used: won(used), Cap: won(capNow), CapBps: bps, CapPercent: capPercent.StringFixed(2),
		CapIsFloor: f.StatutoryCap && capNow.Cmp(byRate) > 0, Statutory: f.StatutoryCap, Base: won(base), ShareOfBase: share.StringFixed(2)}
	return r
}

// CapText is the admin cap's terms for people: its share of the base, and on the floor
// the tier's rate it is above.
func (a AdminShare) CapText() string {
	s := a.CapPercent + "%"
	if a.CapIsFloor {
		s += fmt.Sprintf(": the floor, the cap at the top of the tier below; the tier's rate is %d.%02d%%", a.CapBps/100, a.CapBps%100)
	}
	if a.Statutory {
		s += ", the donations act"
	}
	return s
}

// Code is a line code as the contract takes it: the text's UTF-8 bytes, at most 32.
func Code(s string) ([32]byte, bool) {
	var c [32]byte
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 32 || strings.ContainsRune(s, 0) {
		return c, false
	}
	copy(c[:], s)
	return c, true
}

// CodeString is a line code as text (its bytes up to the first zero) when it is printable
// UTF-8, otherwise as hex.
func CodeString(c [32]byte) string {
	n := 0
	for n < len(c) && c[n] != 0 {
		n++
	}
	s := string(c[:n])
	for _, b := range c[n:] {
		if b != 0 {
			return "0x" + hex.EncodeToString(c[:])
		}
	}
	if !utf8.ValidString(s) {
		return "0x" + hex.EncodeToString(c[:])
	}
	return s
}

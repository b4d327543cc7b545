package escrow

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/subcontractescrow"
	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
)

// approver is an account whose approval a pending amendment needs.
type approver struct {
	Address  common.Address `json:"address"`
	Role     string         `json:"role"` // client, prime or payee
	Name     string         `json:"name,omitempty"`
	Approved bool           `json:"approved"`
}

func (a approver) String() string {
	switch a.Role {
	case "client", "prime":
		return a.Role
	}
	return label(a.Address, a.Name)
}

// shareChange is one payee's share of a milestone, before and after.
type shareChange struct {
	Payee common.Address `json:"payee"`
	Name  string         `json:"name,omitempty"`
	Old   amount.Value   `json:"old"`
	New   amount.Value   `json:"new"`
}

// milestoneChange is what an amendment does to one milestone: a new amount or split, a
// milestone added (OldAmount nil) or dropped (NewAmount nil).
type milestoneChange struct {
	Milestone int           `json:"milestone"`
	Name      string        `json:"name,omitempty"`
	OldAmount *amount.Value `json:"oldAmount,omitempty"`
	NewAmount *amount.Value `json:"newAmount,omitempty"`
	Shares    []shareChange `json:"shares,omitempty"`
}

// amountChanged reports whether the milestone's amount changes (is added or dropped).
func (mc milestoneChange) amountChanged() bool {
	if mc.OldAmount == nil || mc.NewAmount == nil {
		return mc.OldAmount != mc.NewAmount
	}
	return mc.OldAmount.Units.Cmp(mc.NewAmount.Units) != 0
}

// amendmentView is a pending change order as its approvers need to see it: who proposed
// it, what it changes, who has approved and who still must.
type amendmentView struct {
	Contract        uint64            `json:"contract"`
	Nonce           uint64            `json:"nonce"`
	PlanHash        string            `json:"planHash"`
	Unit            string            `json:"unit"`
	Proposer        *common.Address   `json:"proposer,omitempty"`
	Changes         []milestoneChange `json:"changes"`
	Approvers       []approver        `json:"approvers"`
	ApprovalsNeeded uint64            `json:"approvalsNeeded"`

	payees []common.Address
}

// mustApprove is the approver entry of who, if the amendment needs who's approval.
func (v *amendmentView) mustApprove(who common.Address) (approver, bool) {
	for _, a := range v.Approvers {
		if a.Address == who {
			return a, true
		}
	}
	return approver{}, false
}

// needed lists the approvers, for a refusal: "client, prime, 0x… (Daehan Steel)".
func (v *amendmentView) needed() string {
	var out []string
	for _, a := range v.Approvers {
		s := a.String()
		if a.Approved {
			s += " (approved)"
		}
		out = append(out, s)
	}
	return strings.Join(out, ", ")
}

// label is an address with its name from the plan, if known.
func label(a common.Address, name string) string {
	if name == "" {
		return a.Hex()
	}
	return fmt.Sprintf("%s (%s)", a.Hex(), name)
}

// readAmendment reads contract id's pending amendment and works out, as the escrow does,
// who must approve it: the client, the prime, and every other payee whose planned total
// goes down. It returns nil without a pending amendment.
func readAmendment(ctx context.Context, view *subcontractescrow.SubcontractEscrow, id *big.Int, notes *Notes) (*amendmentView, error) {
	opts := &bind.CallOpts{Context: ctx}
	a, err := view.AmendmentOf(opts, id)
	if err != nil {
		return nil, fmt.Errorf("read the amendment of contract %s: %w", id, err)
	}
	if !a.Pending {
		return nil, nil
	}
	pr, err := view.ProjectOf(opts, id)
	if err != nil {
		return nil, fmt.Errorf("read contract %s: %w", id, err)
	}
	payees, err := view.PayeesOf(opts, id)
	if err != nil {
		return nil, fmt.Errorf("read payees of contract %s: %w", id, err)
	}
	ms, err := view.MilestonesOf(opts, id)
	if err != nil {
		return nil, fmt.Errorf("read milestones of contract %s: %w", id, err)
	}
	shares, err := view.SharesOf(opts, id)
	if err != nil {
		return nil, fmt.Errorf("read shares of contract %s: %w", id, err)
	}
	// Names: the milestones as the amendment names them where it adds or renames, else
	// as the plan in force does; payees' names do not change.
	cur, _ := notes.Names(id.Uint64(), PlanHash(ms.Amounts, shares))
	next, ok := notes.Names(id.Uint64(), a.PlanHash)
	if !ok {
		next = cur
	}
	v := &amendmentView{Contract: id.Uint64(), Nonce: a.Nonce, PlanHash: common.Hash(a.PlanHash).Hex(), Unit: Unit, ApprovalsNeeded: a.ApprovalsNeeded.Uint64(),
		payees: payees}
	P := len(payees)
	for m := 0; m < max(len(ms.Amounts), len(a.MilestoneAmounts)); m++ {
		mc := milestoneChange{Milestone: m, Name: next.Milestone(uint64(m))}
		if mc.Name == "" {
			mc.Name = cur.Milestone(uint64(m))
		}
		if m < len(ms.Amounts) {
			old := krwValue(ms.Amounts[m])
			mc.OldAmount = &old
		}
		if m < len(a.MilestoneAmounts) {
			amended := krwValue(a.MilestoneAmounts[m])
			mc.NewAmount = &amended
		}
		for p, payee := range payees {
			was, will := new(big.Int), new(big.Int)
			if m < len(ms.Amounts) {
				was = shares[m*P+p]
			}
			if m < len(a.MilestoneAmounts) {
				will = a.Shares[m*P+p]
			}
			if was.Cmp(will) != 0 {
				mc.Shares = append(mc.Shares, shareChange{Payee: payee, Name: cur.Payee(payee), Old: krwValue(was), New: krwValue(will)})
			}
		}
		if mc.amountChanged() || len(mc.Shares) > 0 {
			v.Changes = append(v.Changes, mc)
		}
	}
	approved := map[common.Address]bool{}
	it, err := view.FilterAmendmentApproved(&bind.FilterOpts{Context: ctx}, []*big.Int{id}, nil)
	if err != nil {
		return nil, fmt.Errorf("read the approvals of contract %s: %w", id, err)
	}
	for it.Next() {
		if it.Event.Nonce == a.Nonce {
			approved[it.Event.Approver] = true
		}
	}
	it.Close()
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("read the approvals of contract %s: %w", id, err)
	}
	pit, err := view.FilterAmendmentProposed(&bind.FilterOpts{Context: ctx}, []*big.Int{id}, nil)
	if err != nil {
		return nil, fmt.Errorf("read the proposals of contract %s: %w", id, err)
	}
	for pit.Next() {
		if pit.Event.Nonce == a.Nonce {
			who := pit.Event.Proposer
			v.Proposer = &who
		}
	}
	pit.Close()
	v.Approvers = append(v.Approvers,
		approver{Address: pr.Client, Role: "client", Approved: approved[pr.Client]},
		approver{Address: pr.Prime, Role: "prime", Name: cur.Payee(pr.Prime), Approved: approved[pr.Prime]})
	for p, payee := range payees {
		if payee == pr.Prime || payee == pr.Client {
			continue
		}
		before, after := new(big.Int), new(big.Int)
		for k := p; k < len(shares); k += P {
			before.Add(before, shares[k])
		}
		for k := p; k < len(a.Shares); k += P {
			after.Add(after, a.Shares[k])
		}
		if after.Cmp(before) < 0 {
			v.Approvers = append(v.Approvers, approver{Address: payee, Role: "payee", Name: cur.Payee(payee), Approved: approved[payee]})
		}
	}
	return v, nil
}

// roleOf names who in the amendment's terms: "client", "prime" or "" for anyone else.
func (v *amendmentView) roleOf(who common.Address) string {
	for _, a := range v.Approvers {
		if a.Address == who && a.Role != "payee" {
			return a.Role
		}
	}
	return ""
}

// print writes the amendment for people.
func (v *amendmentView) print(c *cli.Context) {
	w := c.App.Writer
	by := ""
	if v.Proposer != nil {
		by = " proposed by " + v.Proposer.Hex()
		if r := v.roleOf(*v.Proposer); r != "" {
			by += " (" + r + ")"
		}
	}
	fmt.Fprintf(w, "Amendment #%d of contract %d%s (plan hash %s, %s still needed):\n", v.Nonce, v.Contract, by, v.PlanHash,
		outcome.Plural(int(v.ApprovalsNeeded), "approval", "approvals"))
	if len(v.Changes) == 0 {
		fmt.Fprintln(w, "  no milestone changes")
	}
	for _, mc := range v.Changes {
		name := fmt.Sprintf("milestone %d", mc.Milestone)
		if mc.Name != "" {
			name += " " + mc.Name
		}
		switch {
		case mc.OldAmount == nil:
			fmt.Fprintf(w, "  %s: added, %s\n", name, mc.NewAmount)
		case mc.NewAmount == nil:
			fmt.Fprintf(w, "  %s: dropped (was %s)\n", name, mc.OldAmount)
		case mc.amountChanged():
			fmt.Fprintf(w, "  %s: %s → %s\n", name, mc.OldAmount, mc.NewAmount)
		default:
			fmt.Fprintf(w, "  %s: %s (amount unchanged)\n", name, mc.OldAmount)
		}
		for _, sc := range mc.Shares {
			fmt.Fprintf(w, "      %s: %s → %s\n", label(sc.Payee, sc.Name), sc.Old, sc.New)
		}
	}
	var done, todo []string
	for _, a := range v.Approvers {
		s := a.String()
		if a.Role != "payee" {
			s += " " + a.Address.Hex()
		}
		if a.Approved {
			done = append(done, s)
		} else {
			todo = append(todo, s)
		}
	}
	if len(done) > 0 {
		fmt.Fprintf(w, "  Approved by: %s\n", strings.Join(done, ", "))
	}
	if len(todo) > 0 {
		fmt.Fprintf(w, "  Still to approve: %s (escrow amend approve --nonce %d %d)\n", strings.Join(todo, ", "), v.Nonce, v.Contract)
	}
}

func escrowAmendShow(c *cli.Context) error {
	args, err := uintArgs(c, 1, "ID")
	if err != nil {
		return err
	}
	r, view, err := escrowReader(c)
	if err != nil {
		return err
	}
	defer r.Close()
	v, err := readAmendment(c.Context, view, args[0], readNotes(c))
	if err != nil {
		return err
	}
	if v == nil {
		if r.G.JSON {
			return cmdkit.PrintJSON(c.App.Writer, map[string]any{"contract": args[0].Uint64(), "pending": false})
		}
		_, err := fmt.Fprintf(c.App.Writer, "Contract %s has no pending amendment.\n", args[0])
		return err
	}
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, v)
	}
	v.print(c)
	return nil
}

// checkApprover refuses, before sending, an approval or veto from an account whose
// approval the amendment does not need: the escrow would revert with only
// EscrowNotAmendmentApprover(id, account).
func (v *amendmentView) checkApprover(who common.Address, verb string) error {
	if _, ok := v.mustApprove(who); ok {
		return nil
	}
	why := fmt.Sprintf("%s is neither the client, the prime nor a payee of contract %d", who.Hex(), v.Contract)
	for _, p := range v.payees {
		if p == who {
			why = "your planned total does not go down, so your approval is not needed"
		}
	}
	return fmt.Errorf("cannot %s amendment #%d of contract %d: %s; needed: %s. Nothing sent", verb, v.Nonce, v.Contract, why, v.needed())
}

// milestoneLabel is "milestone 0 (Foundation)", or "milestone 0" without a name.
func milestoneLabel(m uint64, name string) string {
	if name == "" {
		return fmt.Sprintf("milestone %d", m)
	}
	return fmt.Sprintf("milestone %d (%s)", m, name)
}

// planNamesNow are the names of contract id's plan in force, from the notes; none when the
// notes or the chain cannot say.
func planNamesNow(ctx context.Context, view *subcontractescrow.SubcontractEscrow, id *big.Int, notes *Notes) PlanNames {
	opts := &bind.CallOpts{Context: ctx}
	ms, err := view.MilestonesOf(opts, id)
	if err != nil {
		return PlanNames{}
	}
	shares, err := view.SharesOf(opts, id)
	if err != nil {
		return PlanNames{}
	}
	names, _ := notes.Names(id.Uint64(), PlanHash(ms.Amounts, shares))
	return names
}

// fieldName is the plan's name for an event field's value: a payee's or a milestone's.
func fieldName(names PlanNames, field, value string) string {
	switch field {
	case "payee", "prime", "approver", "proposer", "by":
		if common.IsHexAddress(value) {
			return names.Payee(common.HexToAddress(value))
		}
	case "milestone":
		var m uint64
		if _, err := fmt.Sscan(value, &m); err == nil {
			return names.Milestone(m)
		}
	}
	return ""
}

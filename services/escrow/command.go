package escrow

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/subcontractescrow"
	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/hexaddr"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
	"github.com/seoulchain/seoulchain/services/krw"
)

func init() {
	// The contract's errors give these enums as numbers; say what they mean.
	cmdkit.RegisterEnum("EscrowWrongStatus", "status", "none", "proposed (the prime has not accepted)", "active", "cancelled")
	cmdkit.RegisterEnum("EscrowWrongMilestoneState", "state", "pending (not funded)", "funded (not approved)", "approved")
}

// Command is the escrow command.
func Command() *cli.Command {
	return &cli.Command{
		Name:  "escrow",
		Usage: "public-works payments straight to subcontractors, suppliers and workers",
		Description: `A city department registers a public-works contract's payment plan; the prime contractor
accepts it; the department funds milestones in KRW tokens and, on approval, every payee's
share is paid in the same transaction. The escrow's address comes from the address book
(--addresses FILE or --devnet DIR).

A plan file is JSON:
   {"prime": "0x…",
    "payees": [{"address": "0x…", "name": "…"}, …],
    "milestones": [{"name": "Foundation", "amount": "10,000,000",
                    "shares": {"0x…": "1,000,000", …}}, …]}
or CSV with the rows milestone,milestone_amount,payee,share[,payee_name] and --prime.`,
		Subcommands: []*cli.Command{
			{Name: "create", Usage: "register a contract from a plan file (client)", ArgsUsage: " ", Flags: []cli.Flag{PlanFlag, PrimeFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: escrowCreate},
			{Name: "accept", Usage: "accept the plan (prime contractor)", ArgsUsage: "ID", Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: escrowSimple("accept", 1)},
			{Name: "fund", Usage: "pay a milestone into escrow (client)", ArgsUsage: "ID MILESTONE", Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: escrowFund},
			{Name: "approve", Usage: "approve a milestone: pays every share at once (client)", ArgsUsage: "ID MILESTONE", Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: escrowSimple("approve", 2)},
			{Name: "hold", Usage: "hold one payee's share of a funded milestone (client); the reason stays off chain", ArgsUsage: "ID MILESTONE PAYEE", Flags: []cli.Flag{ReasonFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: escrowHold},
			{Name: "resolve", Usage: "release a held share to the payee or return it to the city (client)", ArgsUsage: "ID MILESTONE PAYEE", Flags: []cli.Flag{ResolveToFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: escrowResolve},
			{
				Name:  "amend",
				Usage: "change orders",
				Subcommands: []*cli.Command{
					{Name: "propose", Usage: "propose a new plan (client or prime); only unfunded milestones may change", ArgsUsage: "ID", Flags: []cli.Flag{PlanFlag, PrimeFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: escrowAmendPropose},
					{Name: "show", Usage: "the pending amendment: changes per milestone, who approved, who still must", ArgsUsage: "ID", Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: escrowAmendShow},
					{Name: "approve", Usage: "approve the pending amendment it shows you (client, prime, or a payee whose amount goes down)", ArgsUsage: "ID", Flags: []cli.Flag{NonceFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: escrowAmendDecide("approveAmendment", "approve")},
					{Name: "reject", Usage: "withdraw or veto the pending amendment (anyone whose approval it needs)", ArgsUsage: "ID", Flags: []cli.Flag{NonceFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: escrowAmendDecide("rejectAmendment", "reject")},
				},
			},
			{
				Name:  "client",
				Usage: "move a contract to another department (admin request, 72 h delay)",
				Subcommands: []*cli.Command{
					{Name: "change", Usage: "request the move (admin); NEW_CLIENT must hold the client role", ArgsUsage: "ID NEW_CLIENT", Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: escrowClientChange},
					{Name: "cancel-change", Usage: "cancel a requested move (admin or the current client)", ArgsUsage: "ID", Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: escrowSimple("cancelClientChange", 1)},
					{Name: "execute-change", Usage: "carry out a requested move once its delay has passed (anyone)", ArgsUsage: "ID", Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: escrowSimple("executeClientChange", 1)},
				},
			},
			{Name: "cancel", Usage: "cancel: unreleased money returns to the city (client)", ArgsUsage: "ID", Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: escrowSimple("cancel", 1)},
			{Name: "status", Usage: "per payee: planned, funded, paid, held", ArgsUsage: "ID", Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: escrowStatus},
			{Name: "history", Usage: "the contract's timeline, from events", ArgsUsage: "ID", Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: escrowHistory},
			{Name: "payee", Usage: "what one payee is owed and has been paid, across all contracts", ArgsUsage: "ADDRESS", Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: escrowPayee},
		},
	}
}

func escrowABI() *abi.ABI { return cmdkit.MustABI(subcontractescrow.SubcontractEscrowMetaData) }

// uintArgs checks that the command got exactly names and parses the first n as whole
// numbers (contract ID, milestone).
func uintArgs(c *cli.Context, n int, names ...string) ([]*big.Int, error) {
	if err := cmdkit.ExactArgs(c, names...); err != nil {
		return nil, err
	}
	out := make([]*big.Int, n)
	for i := 0; i < n; i++ {
		v, err := cmdkit.UintArg(c, i, names[i])
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// escrowSimple sends method with the first n integer arguments (ID, and MILESTONE if n is 2).
func escrowSimple(method string, n int) cli.ActionFunc {
	return func(c *cli.Context) error {
		names := []string{"ID", "MILESTONE"}[:n]
		args, err := uintArgs(c, n, names...)
		if err != nil {
			return err
		}
		tc, addr, err := cmdkit.OpenTxFor(c, deploy.Escrow)
		if err != nil {
			return err
		}
		defer tc.Close()
		callArgs := make([]any, len(args))
		for i, a := range args {
			callArgs[i] = a
		}
		action := fmt.Sprintf("%s contract %s", method, args[0])
		if n == 2 {
			action += fmt.Sprintf(" milestone %s", args[1])
		}
		return cmdkit.SendOrSimulate(c, tc, addr, cmdkit.MustPack(escrowABI(), method, callArgs...), action)
	}
}

func escrowCreate(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	planFile, err := cmdkit.RequireFlag(c, PlanFlag)
	if err != nil {
		return err
	}
	plan, err := ReadPlan(planFile, c.String(PrimeFlag.Name))
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	tc, addr, err := cmdkit.OpenTxFor(c, deploy.Escrow)
	if err != nil {
		return err
	}
	defer tc.Close()
	payees, amounts, shares := plan.Flat()
	size := fmt.Sprintf("%s, %s", outcome.Plural(len(payees), "payee", "payees"), outcome.Plural(len(amounts), "milestone", "milestones"))
	return outcome.Send(c, tc, addr, cmdkit.MustPack(escrowABI(), "register", plan.Prime, payees, amounts, shares),
		fmt.Sprintf("register a contract with %s (prime %s)", size, plan.Prime.Hex()),
		outcome.Created{Event: "ProjectRegistered", IDField: "id",
			Line: func(id string) string {
				return fmt.Sprintf("Created contract #%s (%s); the prime accepts it with 'escrow accept %s'", id, size, id)
			},
			Then: func(id string) error { return keepPlanNames(c, plan, id) }})
}

// keepPlanNames records the plan's names of contract id in the notes, which the escrow's
// views show; the chain has only addresses and milestone numbers.
func keepPlanNames(c *cli.Context, plan *Plan, id string) error {
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return fmt.Errorf("contract ID %q: %w", id, err)
	}
	notes, err := ReadNotes(notesPath(c))
	if err == nil {
		err = notes.AddPlan(plan.Names(n))
	}
	if err != nil {
		return fmt.Errorf("the plan's names of contract %s are not kept (views show addresses and numbers): %w", id, err)
	}
	return nil
}

func escrowAmendPropose(c *cli.Context) error {
	args, err := uintArgs(c, 1, "ID")
	if err != nil {
		return err
	}
	planFile, err := cmdkit.RequireFlag(c, PlanFlag)
	if err != nil {
		return err
	}
	plan, err := ReadPlan(planFile, c.String(PrimeFlag.Name))
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	tc, addr, view, err := openEscrowTx(c)
	if err != nil {
		return err
	}
	defer tc.Close()
	current, err := view.PayeesOf(&bind.CallOpts{Context: c.Context}, args[0])
	if err != nil {
		return fmt.Errorf("read payees of contract %s: %w", args[0], err)
	}
	payees, amounts, shares := plan.Flat()
	if fmt.Sprint(current) != fmt.Sprint(payees) {
		return cmdkit.Usagef("the amended plan must list the same payees in the same order as contract %s: %v", args[0], current)
	}
	err = cmdkit.SendOrSimulate(c, tc, addr, cmdkit.MustPack(escrowABI(), "proposeAmendment", args[0], amounts, shares),
		fmt.Sprintf("propose an amendment of contract %s", args[0]))
	if err != nil || c.Bool(cmdkit.DryRunFlag.Name) {
		return err
	}
	// The amendment's names are shown once it applies, matched by its plan hash.
	if err := keepPlanNames(c, plan, args[0].String()); err != nil {
		fmt.Fprintf(c.App.ErrWriter, "Warning: %v\n", err)
	}
	return nil
}

func escrowFund(c *cli.Context) error {
	args, err := uintArgs(c, 2, "ID", "MILESTONE")
	if err != nil {
		return err
	}
	tc, addr, err := cmdkit.OpenTxFor(c, deploy.Escrow)
	if err != nil {
		return err
	}
	defer tc.Close()
	token, err := cmdkit.ContractAddress(c, tc.G, deploy.KRWToken)
	if err != nil {
		return err
	}
	view, err := subcontractescrow.NewSubcontractEscrow(addr, tc.EC)
	if err != nil {
		return err
	}
	// Checked here, before the allowance approval, so that a fund that cannot succeed
	// sends nothing at all.
	need, err := checkFund(c, tc, view, token, args[0], args[1])
	if err != nil {
		return err
	}
	// The escrow takes the milestone with transferFrom: approve it first when the
	// allowance is short.
	approved, err := krw.ApproveShort(c, tc, addr, "the escrow", need, nil)
	if err != nil {
		return err
	}
	if approved && c.Bool(cmdkit.DryRunFlag.Name) {
		return cmdkit.Note(c, "Dry run: the fund itself is simulated only once the allowance exists.")
	}
	return cmdkit.SendOrSimulate(c, tc, addr, cmdkit.MustPack(escrowABI(), "fund", args[0], args[1]),
		fmt.Sprintf("fund contract %s milestone %s with %s KRW", args[0], args[1], amount.Format(need, krw.Decimals)))
}

func escrowHold(c *cli.Context) error {
	args, err := uintArgs(c, 2, "ID", "MILESTONE", "PAYEE")
	if err != nil {
		return err
	}
	payee, err := hexaddr.Parse(c.Args().Get(2))
	if err != nil {
		return cmdkit.Usagef("PAYEE: %w", err)
	}
	reason, err := cmdkit.RequireFlag(c, ReasonFlag)
	if err != nil {
		return err
	}
	tc, addr, err := cmdkit.OpenTxFor(c, deploy.Escrow)
	if err != nil {
		return err
	}
	defer tc.Close()
	// Read before sending: a notes file that cannot be read stops the hold before it is made.
	notes, err := ReadNotes(notesPath(c))
	if err != nil {
		return fmt.Errorf("%w: nothing sent", err)
	}
	note, err := NewNote(reason, args[0].Uint64(), args[1].Uint64(), payee)
	if err != nil {
		return err
	}
	data := cmdkit.MustPack(escrowABI(), "hold", args[0], args[1], payee, note.Ref)
	action := fmt.Sprintf("hold %s's share of contract %s milestone %s (reason %s, text in %s)", payee.Hex(), args[0], args[1], note.Ref.Hex(), notesPath(c))
	if c.Bool(cmdkit.DryRunFlag.Name) {
		return cmdkit.SendOrSimulate(c, tc, addr, data, action)
	}
	// The note is written first, so that a hold that is made never lacks its reason; a
	// hold refused in simulation (never sent) takes the note back.
	undo, err := notes.Add(note)
	if err != nil {
		return fmt.Errorf("%w: nothing sent", err)
	}
	err = cmdkit.SendOrSimulate(c, tc, addr, data, action)
	if errors.Is(err, txsend.ErrWouldRevert) {
		if uerr := undo(); uerr != nil {
			return fmt.Errorf("%w (the note for %s stays in %s: %v)", err, note.Ref.Hex(), notesPath(c), uerr)
		}
	}
	return err
}

// notesPath is the hold notes file beside the address book (--addresses FILE or --devnet DIR).
func notesPath(c *cli.Context) string {
	return NotesPath(c.String(cmdkit.AddressBookFlag.Name), c.String(cmdkit.DevnetFlag.Name))
}

// readNotes reads the hold notes for display; without them, references are shown instead.
func readNotes(c *cli.Context) *Notes {
	notes, err := ReadNotes(notesPath(c))
	if err != nil {
		fmt.Fprintf(c.App.ErrWriter, "Warning: %v; showing hold references instead of reasons.\n", err)
		notes = &Notes{}
	}
	return notes
}

// escrowAmendDecide approves or rejects the pending amendment: it reads the amendment,
// shows what is decided on, and names its nonce in the transaction, so that a proposal
// replaced in between is refused by the escrow.
func escrowAmendDecide(method, verb string) cli.ActionFunc {
	return func(c *cli.Context) error {
		args, err := uintArgs(c, 1, "ID")
		if err != nil {
			return err
		}
		id := args[0]
		tc, addr, view, err := openEscrowTx(c)
		if err != nil {
			return err
		}
		defer tc.Close()
		a, err := readAmendment(c.Context, view, id, readNotes(c))
		if err != nil {
			return err
		}
		if a == nil {
			return fmt.Errorf("contract %s has no pending amendment: nothing sent", id)
		}
		if c.IsSet(NonceFlag.Name) && c.Uint64(NonceFlag.Name) != a.Nonce {
			return fmt.Errorf("the pending amendment of contract %s is now #%d, not #%d: it was replaced since you read it; review it (escrow amend show %s) and %s with --nonce %d: nothing sent",
				id, a.Nonce, c.Uint64(NonceFlag.Name), id, verb, a.Nonce)
		}
		// Checked before sending: the escrow's refusal names neither the reason nor who
		// must decide instead.
		from := tc.Sender.From()
		if err := a.checkApprover(from, verb); err != nil {
			return err
		}
		if me, _ := a.mustApprove(from); me.Approved && method == "approveAmendment" {
			return tc.NothingSent(c, fmt.Sprintf("%s already approved amendment #%d of contract %s", from.Hex(), a.Nonce, id), map[string]any{"contract": id, "nonce": a.Nonce})
		}
		if !tc.G.JSON {
			a.print(c)
		}
		return cmdkit.SendOrSimulate(c, tc, addr, cmdkit.MustPack(escrowABI(), method, id, a.Nonce),
			fmt.Sprintf("%s amendment #%d of contract %s (plan hash %s)", verb, a.Nonce, id, a.PlanHash))
	}
}

func escrowClientChange(c *cli.Context) error {
	args, err := uintArgs(c, 1, "ID", "NEW_CLIENT")
	if err != nil {
		return err
	}
	to, err := hexaddr.Parse(c.Args().Get(1))
	if err != nil {
		return cmdkit.Usagef("NEW_CLIENT: %w", err)
	}
	tc, addr, err := cmdkit.OpenTxFor(c, deploy.Escrow)
	if err != nil {
		return err
	}
	defer tc.Close()
	return cmdkit.SendOrSimulate(c, tc, addr, cmdkit.MustPack(escrowABI(), "requestClientChange", args[0], to),
		fmt.Sprintf("request moving contract %s to client %s (executable after 72 h: escrow client execute-change %s)", args[0], to.Hex(), args[0]))
}

func escrowResolve(c *cli.Context) error {
	args, err := uintArgs(c, 2, "ID", "MILESTONE", "PAYEE")
	if err != nil {
		return err
	}
	payee, err := hexaddr.Parse(c.Args().Get(2))
	if err != nil {
		return cmdkit.Usagef("PAYEE: %w", err)
	}
	to, err := cmdkit.RequireFlag(c, ResolveToFlag)
	if err != nil {
		return err
	}
	var toPayee bool
	switch to {
	case "payee":
		toPayee = true
	case "city":
	default:
		return cmdkit.Usagef("--to: want payee or city, got %q", to)
	}
	tc, addr, err := cmdkit.OpenTxFor(c, deploy.Escrow)
	if err != nil {
		return err
	}
	defer tc.Close()
	return cmdkit.SendOrSimulate(c, tc, addr, cmdkit.MustPack(escrowABI(), "resolve", args[0], args[1], payee, toPayee),
		fmt.Sprintf("resolve the hold on %s's share of contract %s milestone %s to the %s", payee.Hex(), args[0], args[1], to))
}

// openEscrowTx opens a sender and the escrow, for commands that read it before sending.
func openEscrowTx(c *cli.Context) (*cmdkit.Tx, common.Address, *subcontractescrow.SubcontractEscrow, error) {
	tc, addr, err := cmdkit.OpenTxFor(c, deploy.Escrow)
	if err != nil {
		return nil, common.Address{}, nil, err
	}
	view, err := subcontractescrow.NewSubcontractEscrow(addr, tc.EC)
	if err != nil {
		tc.Close()
		return nil, common.Address{}, nil, err
	}
	return tc, addr, view, nil
}

// escrowReader opens the escrow for read-only commands.
func escrowReader(c *cli.Context) (*cmdkit.Reader, *subcontractescrow.SubcontractEscrow, error) {
	r, err := cmdkit.OpenReader(c, deploy.Escrow)
	if err != nil {
		return nil, nil, err
	}
	view, err := subcontractescrow.NewSubcontractEscrow(r.Addr, r.EC)
	if err != nil {
		r.Close()
		return nil, nil, err
	}
	return r, view, nil
}

var (
	projectStatus   = []string{"none", "proposed", "active", "cancelled"}
	milestoneStatus = []string{"pending", "funded", "approved"}
)

// krwValue is an amount of KRW: with separators in tables, a plain decimal in JSON.
func krwValue(units *big.Int) amount.Value { return amount.Value{Units: units, Decimals: krw.Decimals} }

// Unit is the unit of every escrow amount, given beside them in JSON.
const Unit = "KRW"

type payeeLine struct {
	Payee   common.Address `json:"payee"`
	Name    string         `json:"name,omitempty"` // from the plan, kept in the notes
	Prime   bool           `json:"prime,omitempty"`
	Planned amount.Value   `json:"planned"`
	Funded  amount.Value   `json:"funded"`
	Paid    amount.Value   `json:"paid"`
	Held    amount.Value   `json:"held"`
}

// milestoneLine is a milestone's amount and state.
type milestoneLine struct {
	Amount amount.Value `json:"amount"`
	State  string       `json:"state"`
}

type contractStatus struct {
	ID         uint64          `json:"id"`
	Client     string          `json:"client"`
	Prime      string          `json:"prime"`
	Status     string          `json:"status"`
	Unit       string          `json:"unit"`
	Funded     amount.Value    `json:"funded"`
	Released   amount.Value    `json:"released"`
	Returned   amount.Value    `json:"returned"`
	Milestones []milestoneLine `json:"milestones"`
	// MilestoneNames are the plan's, from the notes; empty without them.
	MilestoneNames []string    `json:"milestoneNames,omitempty"`
	Payees         []payeeLine `json:"payees"`
	// Filled by escrow status only (escrow payee reads many contracts and needs none).
	Holds        []holdLine     `json:"holds,omitempty"`
	Amendment    *amendmentView `json:"amendment,omitempty"`
	ClientChange *clientChange  `json:"clientChange,omitempty"`

	names PlanNames
}

// holdLine is a share on hold; Reason is the text from the notes file, if it is there.
type holdLine struct {
	Milestone     uint64         `json:"milestone"`
	MilestoneName string         `json:"milestoneName,omitempty"`
	Payee         common.Address `json:"payee"`
	PayeeName     string         `json:"payeeName,omitempty"`
	Amount        amount.Value   `json:"amount"`
	ReasonRef     string         `json:"reasonRef"`
	Reason        string         `json:"reason,omitempty"`
}

type clientChange struct {
	To           common.Address `json:"to"`
	ExecuteAfter string         `json:"executeAfter"`
}

// readPending adds the holds (with reasons from notes), the pending amendment and the
// pending client change to st.
func readPending(ctx context.Context, view *subcontractescrow.SubcontractEscrow, id *big.Int, notes *Notes, st *contractStatus) error {
	opts := &bind.CallOpts{Context: ctx}
	it, err := view.FilterShareHeld(&bind.FilterOpts{Context: ctx}, []*big.Int{id}, nil)
	if err != nil {
		return fmt.Errorf("read the holds of contract %s: %w", id, err)
	}
	defer it.Close()
	for it.Next() {
		e := it.Event
		held, err := view.Held(opts, id, e.Milestone, e.Payee)
		if err != nil {
			return err
		}
		if held.Sign() == 0 {
			continue // resolved
		}
		h := holdLine{Milestone: e.Milestone.Uint64(), MilestoneName: st.names.Milestone(e.Milestone.Uint64()), Payee: e.Payee,
			PayeeName: st.names.Payee(e.Payee), Amount: krwValue(e.Amount), ReasonRef: common.Hash(e.ReasonRef).Hex()}
		h.Reason, _ = notes.Reason(e.ReasonRef)
		st.Holds = append(st.Holds, h)
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("read the holds of contract %s: %w", id, err)
	}
	if st.Amendment, err = readAmendment(ctx, view, id, notes); err != nil {
		return err
	}
	cc, err := view.ClientChangeOf(opts, id)
	if err != nil {
		return err
	}
	if cc.ExecuteAfter != 0 {
		st.ClientChange = &clientChange{To: cc.NewClient, ExecuteAfter: time.Unix(int64(cc.ExecuteAfter), 0).UTC().Format(time.RFC3339)}
	}
	return nil
}

// readStatus reads contract id; notes name its payees and milestones.
func readStatus(ctx context.Context, view *subcontractescrow.SubcontractEscrow, id *big.Int, notes *Notes) (*contractStatus, error) {
	opts := &bind.CallOpts{Context: ctx}
	pr, err := view.ProjectOf(opts, id)
	if err != nil {
		return nil, fmt.Errorf("read contract %s: %w", id, err)
	}
	if pr.Status == 0 {
		return nil, cmdkit.Usagef("no contract %s in the escrow", id)
	}
	payees, err := view.PayeesOf(opts, id)
	if err != nil {
		return nil, err
	}
	ms, err := view.MilestonesOf(opts, id)
	if err != nil {
		return nil, err
	}
	shares, err := view.SharesOf(opts, id)
	if err != nil {
		return nil, err
	}
	st := &contractStatus{ID: id.Uint64(), Client: pr.Client.Hex(), Prime: pr.Prime.Hex(), Status: projectStatus[pr.Status],
		Unit: Unit, Funded: krwValue(pr.Funded), Released: krwValue(pr.Released), Returned: krwValue(pr.Returned)}
	if names, ok := notes.Names(st.ID, PlanHash(ms.Amounts, shares)); ok {
		st.names = names
		for m := range ms.Amounts {
			st.MilestoneNames = append(st.MilestoneNames, names.Milestone(uint64(m)))
		}
	}
	for m, a := range ms.Amounts {
		st.Milestones = append(st.Milestones, milestoneLine{krwValue(a), milestoneStatus[ms.States[m]]})
	}
	P := len(payees)
	for p, payee := range payees {
		planned, funded, held := new(big.Int), new(big.Int), new(big.Int)
		for m := range ms.Amounts {
			s := shares[m*P+p]
			planned.Add(planned, s)
			if ms.States[m] != 0 {
				funded.Add(funded, s)
			}
			h, err := view.Held(opts, id, big.NewInt(int64(m)), payee)
			if err != nil {
				return nil, err
			}
			held.Add(held, h)
		}
		paid, err := view.Paid(opts, id, payee)
		if err != nil {
			return nil, err
		}
		st.Payees = append(st.Payees, payeeLine{Payee: payee, Name: st.names.Payee(payee), Prime: payee == pr.Prime, Planned: krwValue(planned),
			Funded: krwValue(funded), Paid: krwValue(paid), Held: krwValue(held)})
	}
	return st, nil
}

func escrowStatus(c *cli.Context) error {
	args, err := uintArgs(c, 1, "ID")
	if err != nil {
		return err
	}
	r, view, err := escrowReader(c)
	if err != nil {
		return err
	}
	defer r.Close()
	g := r.G
	notes := readNotes(c)
	st, err := readStatus(c.Context, view, args[0], notes)
	if err != nil {
		return err
	}
	if err := readPending(c.Context, view, args[0], notes, st); err != nil {
		return err
	}
	if g.JSON {
		return cmdkit.PrintJSON(c.App.Writer, st)
	}
	w := c.App.Writer
	cmdkit.KeyValues(w,
		[2]string{"Contract", fmt.Sprintf("#%d (%s)", st.ID, st.Status)},
		[2]string{"Client", st.Client},
		[2]string{"Prime", st.Prime},
		[2]string{"KRW", fmt.Sprintf("funded %s, released %s, returned %s", st.Funded, st.Released, st.Returned)},
	)
	fmt.Fprintln(w, "\nMilestones:")
	ms := &cmdkit.Table{}
	for m, s := range st.Milestones {
		ms.Add(fmt.Sprintf("  %d", m), st.names.Milestone(uint64(m)), fmt.Sprintf("%s (%s)", s.Amount, s.State))
	}
	if err := ms.Write(w); err != nil {
		return err
	}
	fmt.Fprintln(w)
	t := &cmdkit.Table{}
	t.Add("PAYEE", "PLANNED", "FUNDED", "PAID", "HELD")
	for _, p := range st.Payees {
		name := label(p.Payee, p.Name)
		if p.Prime {
			name += " (prime)"
		}
		t.Add(name, p.Planned, p.Funded, p.Paid, p.Held)
	}
	if err := t.Write(w); err != nil {
		return err
	}
	// Each of these lines ends its own line: the last one used to leave the shell's
	// prompt behind it.
	for _, h := range st.Holds {
		reason := h.Reason
		if reason == "" {
			reason = "reference " + h.ReasonRef + " (no note in " + notesPath(c) + ")"
		}
		fmt.Fprintf(w, "\nHeld: %s, %s, %s: %s\n", milestoneLabel(h.Milestone, h.MilestoneName), label(h.Payee, h.PayeeName), h.Amount, reason)
	}
	if a := st.Amendment; a != nil {
		fmt.Fprintln(w)
		a.print(c)
	}
	if cc := st.ClientChange; cc != nil {
		fmt.Fprintf(w, "\nClient change to %s requested, executable after %s\n", cc.To.Hex(), cc.ExecuteAfter)
	}
	return nil
}

func escrowHistory(c *cli.Context) error {
	args, err := uintArgs(c, 1, "ID")
	if err != nil {
		return err
	}
	r, view, err := escrowReader(c)
	if err != nil {
		return err
	}
	defer r.Close()
	g, addr, ec := r.G, r.Addr, r.EC
	logs, err := ec.FilterLogs(c.Context, ethereum.FilterQuery{Addresses: []common.Address{addr}, Topics: [][]common.Hash{nil, {common.BigToHash(args[0])}}})
	if err != nil {
		return fmt.Errorf("read the escrow's events: %w", err)
	}
	var events []abidecode.Event
	for i := range logs {
		if ev, err := abidecode.DecodeLog(&logs[i], escrowABI()); err == nil {
			events = append(events, *ev)
		}
	}
	if len(events) == 0 {
		return cmdkit.Usagef("no events for contract %s: is the ID right?", args[0])
	}
	if g.JSON {
		return cmdkit.PrintJSON(c.App.Writer, events)
	}
	notes := readNotes(c)
	names := planNamesNow(c.Context, view, args[0], notes)
	times := map[uint64]string{}
	t := &cmdkit.Table{}
	t.Add("BLOCK", "TIME", "EVENT", "DETAILS")
	for _, ev := range events {
		if _, ok := times[ev.Block]; !ok {
			if h, err := ec.HeaderByNumber(c.Context, new(big.Int).SetUint64(ev.Block)); err == nil {
				times[ev.Block] = time.Unix(int64(h.Time), 0).UTC().Format("2006-01-02 15:04:05")
			}
		}
		var details []string
		for _, f := range ev.Fields {
			if f.Name == "id" {
				continue
			}
			if reason, ok := notes.Reason(common.HexToHash(f.Value)); ok && f.Name == "reasonRef" {
				details = append(details, fmt.Sprintf("reason=%q", reason))
				continue
			}
			if name := fieldName(names, f.Name, f.Value); name != "" {
				details = append(details, fmt.Sprintf("%s=%s (%s)", f.Name, f.Value, name))
				continue
			}
			details = append(details, f.Name+"="+f.Value)
		}
		t.Add(ev.Block, times[ev.Block], ev.Name, strings.Join(details, " "))
	}
	return t.Write(c.App.Writer)
}

func escrowPayee(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "ADDRESS"); err != nil {
		return err
	}
	who, err := hexaddr.Parse(c.Args().First())
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	r, view, err := escrowReader(c)
	if err != nil {
		return err
	}
	defer r.Close()
	g := r.G
	n, err := view.ProjectCount(&bind.CallOpts{Context: c.Context})
	if err != nil {
		return fmt.Errorf("read contract count: %w", err)
	}
	type line struct {
		Contract uint64 `json:"contract"`
		Status   string `json:"status"`
		Unit     string `json:"unit"`
		payeeLine
	}
	var lines []line
	notes := readNotes(c)
	for id := uint64(1); id <= n.Uint64(); id++ {
		// One call to see whether the payee is in this contract; the full status (many
		// calls) only where it is.
		bid := new(big.Int).SetUint64(id)
		payees, err := view.PayeesOf(&bind.CallOpts{Context: c.Context}, bid)
		if err != nil {
			return fmt.Errorf("read payees of contract %d: %w", id, err)
		}
		listed := false
		for _, p := range payees {
			listed = listed || p == who
		}
		if !listed {
			continue
		}
		st, err := readStatus(c.Context, view, bid, notes)
		if err != nil {
			return err
		}
		for _, p := range st.Payees {
			if p.Payee == who {
				lines = append(lines, line{Contract: id, Status: st.Status, Unit: Unit, payeeLine: p})
			}
		}
	}
	if g.JSON {
		return cmdkit.PrintJSON(c.App.Writer, lines)
	}
	if len(lines) == 0 {
		_, err := fmt.Fprintf(c.App.Writer, "%s is not a payee of any contract in this escrow.\n", who.Hex())
		return err
	}
	t := &cmdkit.Table{}
	t.Add("CONTRACT", "STATUS", "AS", "PLANNED", "FUNDED", "PAID", "HELD")
	for _, l := range lines {
		// The name each contract's plan gives the payee; without notes, its address.
		as := l.Name
		if as == "" {
			as = who.Hex()
		}
		if l.Prime {
			as += " (prime)"
		}
		t.Add(fmt.Sprintf("#%d", l.Contract), l.Status, as, l.Planned, l.Funded, l.Paid, l.Held)
	}
	return t.Write(c.App.Writer)
}

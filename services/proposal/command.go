package proposal

import (
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/citizenproposals"
	"github.com/seoulchain/seoulchain/bindings/mvoting"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
	"github.com/seoulchain/seoulchain/services/voting"
)

func proposalsABI() *abi.ABI { return cmdkit.MustABI(citizenproposals.CitizenProposalsMetaData) }

// The contract's limits, checked before anything is sent.
const (
	maxTitleBytes = 300
	maxTextBytes  = 10_000
)

// Command is the propose command (alias proposal, the package's name).
func Command() *cli.Command {
	book := cmdkit.AddressBookFlag
	dry := cmdkit.DryRunFlag
	return &cli.Command{
		Name:    "propose",
		Aliases: []string{"proposal"},
		Usage:   "citizens' proposals (민주주의 서울): propose, support, the city's answers by deadline, promotion to a vote",
		Description: `Citizens' proposals on the CitizenProposals contract (address from --addresses FILE or
--devnet DIR). A citizen on the roll of eligible citizens proposes; others support it, once
each, and may withdraw while the support window is open. Thresholds oblige the city to
answer by a deadline: by default 50 supporters → the department answers within 30 days,
500 → a public deliberation within 60 days, 5,000 → the mayor answers within 30 days. A
proposal that reached the deliberation stage may become an M-Voting election ('promote').

Proposing, supporting and withdrawing are gasless through the relayer when one is
configured (--relayer, or the devnet's). Titles and texts are public and on chain for good:
text that looks like personal data (resident numbers, phone numbers, e-mail addresses,
account numbers) is refused; --hash-only publishes the hash alone.`,
		Subcommands: []*cli.Command{
			rulesCommand(),
			{Name: "roll", Usage: "publish the roll of eligible citizens for proposals opened from now on (roll admin)", ArgsUsage: " ",
				Flags: []cli.Flag{RollFlag, book, dry}, Action: publishRoll},
			{Name: "new", Usage: "propose a policy (a citizen on the roll, or with a residence credential)", ArgsUsage: " ",
				Flags: []cli.Flag{TitleFlag, TextFlag, TextFileFlag, CategoryFlag, RollFlag, CredentialFlag, HashOnlyFlag, book, dry}, Action: propose},
			{Name: "support", Usage: "support proposal ID (once; a citizen on its roll, or with a residence credential)", ArgsUsage: "ID",
				Flags: []cli.Flag{RollFlag, CredentialFlag, book, dry}, Action: support},
			{Name: "withdraw", Usage: "withdraw your support of proposal ID while its window is open", ArgsUsage: "ID",
				Flags: []cli.Flag{book, dry}, Action: withdraw},
			{Name: "answer", Usage: "answer proposal ID at --stage (the stage's role: department, deliberation, mayor)", ArgsUsage: "ID",
				Flags: []cli.Flag{StageFlag, TextFlag, TextFileFlag, HashOnlyFlag, book, dry}, Action: answer},
			{
				Name: "promote", Usage: "turn proposal ID into an M-Voting election with its title as the question (promoter)", ArgsUsage: "ID",
				Flags: []cli.Flag{OptionFlag, StartFlag, EndFlag, RollFlag, QuorumFlag, TitleFlag, OverrideFlag, book, dry},
				Description: `The proposal must have reached its promotion stage (by default the deliberation, 500
supporters); --override promotes one that did not, and the chain records it as an override.
--roll is the election's voter roll. --title is needed only for a proposal whose title was
published by hash: it must hash to the proposal's.`,
				Action: promote,
			},
			{Name: "show", Usage: "a proposal: supporters, stages, deadlines, answers, overdue, election", ArgsUsage: "ID",
				Flags: []cli.Flag{book}, Action: show},
			{Name: "list", Usage: "list proposals (table, or --json)", ArgsUsage: " ",
				Flags: []cli.Flag{ListStageFlag, OverdueFlag, OpenFlag, book}, Action: list},
		},
	}
}

// readRoll reads and checks a roll file.
func readRoll(c *cli.Context) (*voting.RollFile, string, error) {
	path, err := cmdkit.RequireFlag(c, RollFlag)
	if err != nil {
		return nil, "", err
	}
	roll, err := voting.ReadRollFile(path)
	if err != nil {
		return nil, "", &cmdkit.UsageError{Err: err}
	}
	return roll, path, nil
}

func proofArg(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

func publishRoll(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	roll, path, err := readRoll(c)
	if err != nil {
		return err
	}
	if err := roll.Check(); err != nil {
		return &cmdkit.UsageError{Err: fmt.Errorf("--roll %s: %w; nothing sent", path, err)}
	}
	return cmdkit.Send(c, deploy.CitizenProposals, proposalsABI(), fmt.Sprintf("publish the roll of %d eligible citizens (root %s)", roll.Size, roll.Root.Hex()),
		"setRoll", roll.Root, uint32(roll.Size))
}

// readText is --text or --text-file (one of them, required), checked for the contract's
// limit and, unless hashOnly, for personal data.
func readText(c *cli.Context, field string, hashOnly bool) (string, error) {
	text, file := c.String(TextFlag.Name), c.String(TextFileFlag.Name)
	switch {
	case text != "" && file != "":
		return "", cmdkit.Usagef("--text and --text-file: give one")
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return "", cmdkit.Usagef("--text-file: %w", err)
		}
		text = strings.TrimRight(string(b), "\r\n")
	}
	if strings.TrimSpace(text) == "" {
		return "", cmdkit.Usagef("the %s is empty: give --text TEXT or --text-file FILE", field)
	}
	if !utf8.ValidString(text) {
		return "", cmdkit.Usagef("the %s is not UTF-8 text", field)
	}
	if len(text) > maxTextBytes {
		return "", cmdkit.Usagef("the %s has %d bytes: at most %d (publish a summary, or --hash-only)", field, len(text), maxTextBytes)
	}
	if !hashOnly {
		if err := CheckPublishable(field, text); err != nil {
			return "", &cmdkit.UsageError{Err: fmt.Errorf("%w; nothing sent", err)}
		}
	}
	return text, nil
}

func propose(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	hashOnly := c.Bool(HashOnlyFlag.Name)
	title, err := cmdkit.RequireFlag(c, TitleFlag)
	if err != nil {
		return err
	}
	if len(title) > maxTitleBytes || strings.ContainsAny(title, "\r\n") {
		return cmdkit.Usagef("--title: one line of at most %d bytes (got %d)", maxTitleBytes, len(title))
	}
	// The title is the question of a later vote: it is published unless it holds what
	// looks like personal data, which no --hash-only makes acceptable in a ballot.
	if err := CheckPublishable("title", title); err != nil {
		return &cmdkit.UsageError{Err: fmt.Errorf("%w; nothing sent", err)}
	}
	text, err := readText(c, "text", hashOnly)
	if err != nil {
		return err
	}
	catName, err := cmdkit.RequireFlag(c, CategoryFlag)
	if err != nil {
		return err
	}
	category, ok := CategoryCode(catName)
	if !ok {
		return cmdkit.Usagef("--category %q: want one of %s", catName, categoryList())
	}
	elig, err := readEligibility(c)
	if err != nil {
		return err
	}
	titleHash, textHash := crypto.Keccak256Hash([]byte(title)), crypto.Keccak256Hash([]byte(text))
	published := text
	if hashOnly {
		published = ""
	}
	return cmdkit.With(c, deploy.CitizenProposals, proposalsABI(), func(tx *cmdkit.Tx) error {
		current, err := citizenproposals.NewCitizenProposals(tx.To, tx.EC)
		if err != nil {
			return err
		}
		var data []byte
		if elig.cred != nil {
			if err := elig.checkCredential(c, current, tx.EC, tx.Sender.From()); err != nil {
				return err
			}
			data = cmdkit.MustPack(tx.ABI, "proposeWithCredential", title, published, titleHash, textHash, category, elig.cred.UID)
		} else {
			proof, err := rollProof(c, current, elig, tx.Sender.From())
			if err != nil {
				return err
			}
			data = cmdkit.MustPack(tx.ABI, "propose", title, published, titleHash, textHash, category, proofArg(proof))
		}
		head, err := tx.EC.BlockNumber(c.Context)
		if err != nil {
			return fmt.Errorf("read the head: %w", err)
		}
		if err := cmdkit.SendOrSimulate(c, tx, tx.To, data, fmt.Sprintf("propose %q", title)); err != nil || c.Bool(cmdkit.DryRunFlag.Name) {
			return err
		}
		// The new ID, for the citizen to pass on: the author's latest proposal since.
		logs, err := tx.EC.FilterLogs(c.Context, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(head), Addresses: []common.Address{tx.To},
			Topics: [][]common.Hash{{topic("ProposalCreated")}, nil, {common.BytesToHash(tx.Sender.From().Bytes())}}})
		if err == nil && len(logs) > 0 {
			id := new(big.Int).SetBytes(logs[len(logs)-1].Topics[1].Bytes())
			if tx.G.JSON {
				// Merged into the command's one document, beside its transactions.
				return cmdkit.PrintJSON(c.App.Writer, map[string]any{"proposal": id})
			}
			return cmdkit.Note(c, fmt.Sprintf("Proposal #%s is open for supports: seoulchain propose show %s", id, id))
		}
		return nil
	})
}

// rollProof is the proof that me is on the current roll, which elig.roll must be.
func rollProof(c *cli.Context, current *citizenproposals.CitizenProposals, elig *eligibility, me common.Address) ([]common.Hash, error) {
	r, err := current.Roll(cmdkit.CallOpts(c))
	if err != nil {
		return nil, fmt.Errorf("read the current roll: %w", err)
	}
	if r.Size == 0 {
		return nil, fmt.Errorf("no roll of eligible citizens is published yet (ProposalNoRoll): the city's roll admin runs 'seoulchain propose roll --roll FILE'; nothing sent")
	}
	if r.Root != elig.roll.Root {
		return nil, cmdkit.Usagef("--roll %s has root %s, but proposals are counted by the roll %s (ask the city for the current roll.json); nothing sent",
			elig.rollPath, elig.roll.Root.Hex(), common.Hash(r.Root).Hex())
	}
	proof, err := elig.roll.ProofOf(me)
	if err != nil {
		return nil, &cmdkit.UsageError{Err: fmt.Errorf("--roll %s: %w: only citizens on the roll may propose; nothing sent", elig.rollPath, err)}
	}
	return proof, nil
}

// openProposal reads proposal id for a sending command.
func openProposal(c *cli.Context, tx *cmdkit.Tx, id *big.Int) (*citizenproposals.CitizenProposals, citizenproposals.CitizenProposalsProposal, error) {
	view, err := citizenproposals.NewCitizenProposals(tx.To, tx.EC)
	if err != nil {
		return nil, citizenproposals.CitizenProposalsProposal{}, err
	}
	var p citizenproposals.CitizenProposalsProposal
	n, err := view.ProposalCount(cmdkit.CallOpts(c))
	if err != nil {
		return nil, p, fmt.Errorf("read the proposal count: %w", err)
	}
	if id.Sign() == 0 || id.Cmp(n) > 0 {
		return nil, p, cmdkit.Usagef("no proposal %s (ProposalUnknown): there are %s; see seoulchain propose list", id, n)
	}
	if p, err = view.Proposal(cmdkit.CallOpts(c), id); err != nil {
		return nil, p, fmt.Errorf("read proposal %s: %w", id, err)
	}
	return view, p, nil
}

// checkOpen refuses, before anything is signed, a support or withdrawal after the window.
func checkOpen(c *cli.Context, tx *cmdkit.Tx, id *big.Int, p citizenproposals.CitizenProposalsProposal) error {
	h, err := tx.EC.HeaderByNumber(c.Context, nil)
	if err != nil {
		return fmt.Errorf("read the head: %w", err)
	}
	if h.Time >= p.ClosesAt {
		return fmt.Errorf("proposal %s stopped collecting supports at %s (ProposalWindowClosed); nothing sent", id, When(p.ClosesAt))
	}
	return nil
}

func support(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	elig, err := readEligibility(c)
	if err != nil {
		return err
	}
	return cmdkit.With(c, deploy.CitizenProposals, proposalsABI(), func(tx *cmdkit.Tx) error {
		view, p, err := openProposal(c, tx, id)
		if err != nil {
			return err
		}
		me := tx.Sender.From()
		if done, err := view.HasSupported(cmdkit.CallOpts(c), id, me); err != nil {
			return fmt.Errorf("read your support: %w", err)
		} else if done {
			return tx.NothingSent(c, fmt.Sprintf("%s already supports proposal %s (%d supporters)", me.Hex(), id, p.Backers),
				map[string]any{"proposal": id, "supporter": me, "supporters": p.Backers})
		}
		if err := checkOpen(c, tx, id, p); err != nil {
			return err
		}
		if elig.cred != nil {
			if err := elig.checkCredential(c, view, tx.EC, me); err != nil {
				return err
			}
			if err := tx.Send(c, fmt.Sprintf("support proposal %s with residence credential %s", id, elig.cred.UID.Hex()), "supportWithCredential", id, elig.cred.UID); err != nil {
				return err
			}
			return noteCount(c, view, id)
		}
		if elig.roll.Root != p.RollRoot {
			return cmdkit.Usagef("--roll %s has root %s; proposal %s counts supports by the roll %s, current when it opened; nothing sent",
				elig.rollPath, elig.roll.Root.Hex(), id, common.Hash(p.RollRoot).Hex())
		}
		proof, err := elig.roll.ProofOf(me)
		if err != nil {
			return &cmdkit.UsageError{Err: fmt.Errorf("--roll %s: %w: only citizens on the roll may support; nothing sent", elig.rollPath, err)}
		}
		if err := tx.Send(c, fmt.Sprintf("support proposal %s", id), "support", id, proofArg(proof)); err != nil {
			return err
		}
		return noteCount(c, view, id)
	})
}

// noteCount tells the citizen where the proposal stands after its support or withdrawal:
// a relayed receipt shows only the events that name the citizen, not a stage reached.
func noteCount(c *cli.Context, view *citizenproposals.CitizenProposals, id *big.Int) error {
	if c.Bool(cmdkit.DryRunFlag.Name) {
		return nil
	}
	p, err := view.Proposal(cmdkit.CallOpts(c), id)
	if err != nil {
		return nil // the transaction is done; the note is a courtesy
	}
	line := fmt.Sprintf("Proposal #%s has %s; stage: %s", id, outcome.Plural(int(p.Backers), "supporter", "supporters"), StageName(int(p.Stage)))
	if p.Stage > 0 {
		if st, err := view.StageOf(cmdkit.CallOpts(c), id, p.Stage); err == nil && st.AnsweredAt == 0 {
			line += fmt.Sprintf(" (the city answers by %s)", When(st.Deadline))
		}
	}
	return cmdkit.Note(c, line)
}

func withdraw(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	return cmdkit.With(c, deploy.CitizenProposals, proposalsABI(), func(tx *cmdkit.Tx) error {
		view, p, err := openProposal(c, tx, id)
		if err != nil {
			return err
		}
		me := tx.Sender.From()
		if on, err := view.HasSupported(cmdkit.CallOpts(c), id, me); err != nil {
			return fmt.Errorf("read your support: %w", err)
		} else if !on {
			return tx.NothingSent(c, fmt.Sprintf("%s does not support proposal %s", me.Hex(), id), map[string]any{"proposal": id, "supporter": me})
		}
		if err := checkOpen(c, tx, id, p); err != nil {
			return err
		}
		if err := tx.Send(c, fmt.Sprintf("withdraw your support of proposal %s", id), "withdraw", id); err != nil {
			return err
		}
		return noteCount(c, view, id)
	})
}

// ParseStage reads a stage by name or number.
func ParseStage(s string) (uint8, error) {
	for i, name := range Stages {
		if s == name || s == strconv.Itoa(i+1) {
			return uint8(i + 1), nil
		}
	}
	return 0, fmt.Errorf("stage %q: want department (1), deliberation (2) or mayor (3)", s)
}

func answer(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	stageText, err := cmdkit.RequireFlag(c, StageFlag)
	if err != nil {
		return err
	}
	stage, err := ParseStage(stageText)
	if err != nil {
		return &cmdkit.UsageError{Err: fmt.Errorf("--stage: %w", err)}
	}
	hashOnly := c.Bool(HashOnlyFlag.Name)
	text, err := readText(c, "answer", hashOnly)
	if err != nil {
		return err
	}
	h := crypto.Keccak256Hash([]byte(text))
	published := text
	if hashOnly {
		published = ""
	}
	return cmdkit.With(c, deploy.CitizenProposals, proposalsABI(), func(tx *cmdkit.Tx) error {
		view, p, err := openProposal(c, tx, id)
		if err != nil {
			return err
		}
		if int(p.Stage) < int(stage) {
			return fmt.Errorf("proposal %s has not reached the %s stage (it has %d supporters, stage %s): no answer is owed yet (ProposalStageNotReached); nothing sent",
				id, StageName(int(stage)), p.Backers, StageName(int(p.Stage)))
		}
		st, err := view.StageOf(cmdkit.CallOpts(c), id, stage)
		if err != nil {
			return fmt.Errorf("read stage %d: %w", stage, err)
		}
		if st.AnsweredAt != 0 {
			if st.AnswerHash == h {
				return tx.NothingSent(c, fmt.Sprintf("the %s stage of proposal %s is answered already with this text, at %s", StageName(int(stage)), id, When(st.AnsweredAt)),
					map[string]any{"proposal": id, "stage": stage, "answerHash": h})
			}
			return fmt.Errorf("the %s stage of proposal %s was answered at %s with another text (hash %s): an answer is final (ProposalAlreadyAnswered); nothing sent",
				StageName(int(stage)), id, When(st.AnsweredAt), common.Hash(st.AnswerHash).Hex())
		}
		return tx.Send(c, fmt.Sprintf("answer the %s stage of proposal %s", StageName(int(stage)), id), "answer", id, stage, h, published)
	})
}

func promote(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	options := c.StringSlice(OptionFlag.Name)
	if len(options) == 0 {
		options = []string{"찬성 For", "반대 Against"}
	}
	if len(options) < 2 || len(options) > 32 {
		return cmdkit.Usagef("--option: give 2 to 32 options, got %d", len(options))
	}
	roll, rollPath, err := readRoll(c)
	if err != nil {
		return err
	}
	if err := roll.Check(); err != nil {
		return &cmdkit.UsageError{Err: fmt.Errorf("--roll %s: %w; nothing sent", rollPath, err)}
	}
	quorum, err := voting.QuorumBps(c.Float64(QuorumFlag.Name))
	if err != nil {
		return err
	}
	startText, err := cmdkit.RequireFlag(c, StartFlag)
	if err != nil {
		return err
	}
	endText, err := cmdkit.RequireFlag(c, EndFlag)
	if err != nil {
		return err
	}
	override := c.Bool(OverrideFlag.Name)
	return cmdkit.With(c, deploy.CitizenProposals, proposalsABI(), func(tx *cmdkit.Tx) error {
		view, p, err := openProposal(c, tx, id)
		if err != nil {
			return err
		}
		if p.Election != 0 {
			return tx.NothingSent(c, fmt.Sprintf("proposal %s is election #%d already (seoulchain vote show %d)", id, p.Election, p.Election),
				map[string]any{"proposal": id, "election": p.Election})
		}
		rules, err := view.RulesAt(cmdkit.CallOpts(c), big.NewInt(int64(p.Rules)))
		if err != nil {
			return fmt.Errorf("read the proposal's rules: %w", err)
		}
		if p.Stage < rules.PromoteStage && !override {
			return fmt.Errorf("proposal %s is at stage %s with %d supporters; promotion needs the %s stage (%d supporters) (ProposalNotQualified): wait, or pass --override to record the city's decision to put it to a vote anyway; nothing sent",
				id, StageName(int(p.Stage)), p.Backers, StageName(int(rules.PromoteStage)), rules.Thresholds[rules.PromoteStage-1])
		}
		title := c.String(TitleFlag.Name)
		if title == "" {
			x := NewIndex()
			head, err := x.Sync(c.Context, tx.EC, tx.To)
			if err != nil {
				return err
			}
			v, _ := x.At(id.Uint64(), head.Time)
			title = v.Title
		}
		if title == "" {
			return cmdkit.Usagef("proposal %s published its title by hash only: pass --title with the exact title", id)
		}
		if crypto.Keccak256Hash([]byte(title)) != p.TitleHash {
			return cmdkit.Usagef("--title %q is not proposal %s's title (its hash differs); nothing sent", title, id)
		}
		h, err := tx.EC.HeaderByNumber(c.Context, nil)
		if err != nil {
			return fmt.Errorf("read the head: %w", err)
		}
		e := mvoting.MVotingNewElection{Title: title, OptionNames: options, MaxChoices: 1, RollRoot: roll.Root, RollSize: uint32(roll.Size),
			QuorumBps: quorum, TrusteeKeys: [][]byte{}}
		if e.Start, err = voting.ParseWhen(startText, h.Time, "start"); err != nil {
			return err
		}
		if e.End, err = voting.ParseWhen(endText, h.Time, "end"); err != nil {
			return err
		}
		how := ""
		if override && p.Stage < rules.PromoteStage {
			how = " by the city's override"
		}
		return outcome.Send(c, tx, tx.To, cmdkit.MustPack(tx.ABI, "promote", id, e, override), fmt.Sprintf("put proposal %s to a vote%s", id, how),
			outcome.Created{Event: "Promoted", IDField: "election", Line: func(el string) string {
				return fmt.Sprintf("Proposal #%s is election #%s%s: %q (seoulchain vote show %s)", id, el, how, title, el)
			}})
	})
}

// readIndex reads every proposal from the contract's events.
func readIndex(c *cli.Context) (*Index, uint64, error) {
	r, err := cmdkit.OpenReader(c, deploy.CitizenProposals)
	if err != nil {
		return nil, 0, err
	}
	defer r.Close()
	x := NewIndex()
	head, err := x.Sync(c.Context, r.EC, r.Addr)
	if err != nil {
		return nil, 0, err
	}
	return x, head.Time, nil
}

func show(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	x, now, err := readIndex(c)
	if err != nil {
		return err
	}
	v, ok := x.At(id.Uint64(), now)
	if !ok {
		return cmdkit.Usagef("no proposal %s (there are %d)", id, x.Len())
	}
	if c.Bool(cmdkit.JSONFlag.Name) {
		return cmdkit.PrintJSON(c.App.Writer, v)
	}
	w := c.App.Writer
	title := v.Title
	if title == "" {
		title = "(published by hash " + v.TitleHash.Hex() + ")"
	}
	window := "open until " + When(v.ClosesAt)
	if !v.Open(now) {
		window = "closed at " + When(v.ClosesAt)
	}
	pairs := [][2]string{
		{"Proposal", fmt.Sprintf("#%d %s", v.ID, title)},
		{"Category", CategoryName(v.Category)},
		{"Author", v.Author.Hex()},
		{"Supports", window},
		{"Supporters", fmt.Sprintf("%d (%s, %s)", v.Supporters, outcome.Plural(v.Supports, "support", "supports"), outcome.Plural(v.Withdrawals, "withdrawal", "withdrawals"))},
		{"Stage", v.StageName},
	}
	if v.Election != 0 {
		how := ""
		if v.ByOverride {
			how = " (by the city's override)"
		}
		pairs = append(pairs, [2]string{"Election", fmt.Sprintf("#%d%s: seoulchain vote show %d", v.Election, how, v.Election)})
	}
	if err := cmdkit.KeyValues(w, pairs...); err != nil {
		return err
	}
	if v.Text != "" {
		fmt.Fprintf(w, "\n%s\n", v.Text)
	} else {
		fmt.Fprintf(w, "\nText published by hash %s\n", v.TextHash.Hex())
	}
	if len(v.Stages) == 0 {
		return nil
	}
	fmt.Fprintln(w)
	t := &cmdkit.Table{}
	t.Add("STAGE", "REACHED WITH", "ANSWER DUE", "ANSWER")
	for _, s := range v.Stages {
		t.Add(s.Name, s.Supporters, When(s.Deadline), stageStatus(s))
	}
	if err := t.Write(w); err != nil {
		return err
	}
	for _, s := range v.Stages {
		if s.Answer != "" {
			fmt.Fprintf(w, "\nAnswer (%s): %s\n", s.Name, s.Answer)
		}
	}
	return nil
}

func stageStatus(s StageView) string {
	switch {
	case s.Answered && s.Late:
		return "answered late"
	case s.Answered:
		return "answered"
	case s.Overdue:
		return "OVERDUE"
	}
	return "due"
}

func list(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	want := -1
	if s := c.String(ListStageFlag.Name); s != "" {
		if s == "none" {
			want = 0
		} else {
			st, err := ParseStage(s)
			if err != nil {
				return &cmdkit.UsageError{Err: fmt.Errorf("--stage: %w (or none)", err)}
			}
			want = int(st)
		}
	}
	x, now, err := readIndex(c)
	if err != nil {
		return err
	}
	var out []View
	for _, v := range x.All(now) {
		if (want >= 0 && v.Stage != want) || (c.Bool(OverdueFlag.Name) && !v.Overdue) || (c.Bool(OpenFlag.Name) && !v.Open(now)) {
			continue
		}
		out = append(out, v)
	}
	if c.Bool(cmdkit.JSONFlag.Name) {
		if out == nil {
			out = []View{}
		}
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"proposals": out, "at": now})
	}
	if len(out) == 0 {
		_, err := fmt.Fprintf(c.App.Writer, "No proposals match (%s on chain).\n", outcome.Plural(x.Len(), "proposal", "proposals"))
		return err
	}
	t := &cmdkit.Table{}
	t.Add("ID", "TITLE", "SUPPORTERS", "STAGE", "WINDOW", "ANSWER", "ELECTION")
	for _, v := range out {
		title := v.Title
		if title == "" {
			title = "(by hash)"
		}
		if r := []rune(title); len(r) > 40 {
			title = string(r[:39]) + "…"
		}
		window := "open"
		if !v.Open(now) {
			window = "closed"
		}
		ans := "-"
		if n := len(v.Stages); n > 0 {
			s := v.Stages[n-1]
			ans = stageStatus(s)
			if !s.Answered {
				ans += " " + When(s.Deadline)
			}
			if v.Overdue && !s.Overdue {
				ans += " (an earlier stage OVERDUE)"
			}
		}
		el := "-"
		if v.Election != 0 {
			el = "#" + strconv.FormatUint(v.Election, 10)
		}
		t.Add(v.ID, title, v.Supporters, v.StageName, window, ans, el)
	}
	return t.Write(c.App.Writer)
}

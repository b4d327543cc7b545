package voting

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/mvoting"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

// Command is the vote command (alias voting, the package's name).
func Command() *cli.Command {
	return &cli.Command{
		Name:    "vote",
		Aliases: []string{"voting"},
		Usage:   "M-Voting: citizen elections with open or secret ballots",
		Description: `Elections on the MVoting contract (address from --addresses FILE or --devnet DIR). The
voter roll is a Merkle tree: the contract stores its root, each voter proves membership.
Secret ballots are encrypted to an election key whose private half exists only as
trustee shares (k of n) until the vote closes.`,
		Subcommands: []*cli.Command{
			{
				Name: "roll", Usage: "voter rolls",
				Subcommands: []*cli.Command{{
					Name: "build", Usage: "build roll.json (root and every voter's proof) from a CSV of addresses", ArgsUsage: " ",
					Flags: []cli.Flag{RollCSVFlag, OutRollFlag}, Action: voteRollBuild,
				}},
			},
			{
				Name: "create", Usage: "create an election (election admin)", ArgsUsage: " ",
				Flags: []cli.Flag{TitleFlag, OptionFlag, MaxChoiceFlag, StartFlag, EndFlag, RollFileFlag, QuorumFlag, SecretFlag, TrusteeFlag, ThresholdFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
				Description: `Creates an election. For --secret it draws the election key, splits it into one share
per --trustee of which --threshold rebuild it, encrypts each share to its trustee's
public key, and puts the public key and the encrypted shares on chain with the
election. The whole private key is never written anywhere.`,
				Action: voteCreate,
			},
			{Name: "cancel", Usage: "cancel an election that has not started (election admin)", ArgsUsage: "ID", Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: voteCancel},
			{Name: "cast", Usage: "cast or replace your ballot", ArgsUsage: "ID", Flags: []cli.Flag{ChoiceFlag, RollFileFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: voteCast},
			{Name: "show", Usage: "an election: rules, ballots, turnout, live counts (open ballots)", ArgsUsage: "ID", Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: voteShow},
			{
				Name: "trustee", Usage: "trustees of secret elections",
				Subcommands: []*cli.Command{
					{Name: "pubkey", Usage: "print your public key, for the election admin's --trustee", ArgsUsage: " ", Action: voteTrusteePubkey},
					{Name: "submit-share", Usage: "after the end, decrypt your share and reveal it on chain", ArgsUsage: "ID", Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: voteSubmitShare},
				},
			},
			{Name: "publish-key", Usage: "rebuild the election key from revealed shares and publish it (anyone)", ArgsUsage: "ID", Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: votePublishKey},
			{Name: "tally", Usage: "count from chain data; --verify compares with the posted result, --post posts it", ArgsUsage: "ID", Flags: []cli.Flag{VerifyFlag, PostFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: voteTally},
		},
	}
}

// openElectionTx opens a sender and reads election id's rules.
func openElectionTx(c *cli.Context, id *big.Int) (*cmdkit.Tx, common.Address, *electionInfo, error) {
	tc, addr, err := cmdkit.OpenTxFor(c, deploy.MVoting)
	if err != nil {
		return nil, common.Address{}, nil, err
	}
	el, err := readElection(c.Context, tc.EC, addr, id)
	if err != nil {
		tc.Close()
		return nil, common.Address{}, nil, err
	}
	return tc, addr, el, nil
}

func votingABI() *abi.ABI { return cmdkit.MustABI(mvoting.MVotingMetaData) }

func voteRollBuild(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	in, err := cmdkit.RequireFlag(c, RollCSVFlag)
	if err != nil {
		return err
	}
	voters, err := ReadRollCSV(in)
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	roll, err := NewRoll(voters)
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	out := c.String(OutRollFlag.Name)
	if err := WriteRollFile(out, roll); err != nil {
		return err
	}
	if c.Bool(cmdkit.JSONFlag.Name) {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"file": out, "root": roll.Root, "size": roll.Size})
	}
	return cmdkit.KeyValues(c.App.Writer, [2]string{"Wrote", out}, [2]string{"Voters", fmt.Sprint(roll.Size)}, [2]string{"Root", roll.Root.Hex()})
}

// parseWhen reads an RFC 3339 time or +DURATION from the chain's head time.
func parseWhen(s string, head uint64, flag string) (uint64, error) {
	if strings.HasPrefix(s, "+") {
		d, err := time.ParseDuration(s[1:])
		if err != nil || d <= 0 {
			return 0, cmdkit.Usagef("--%s %q: want +DURATION such as +10m or +24h", flag, s)
		}
		return head + uint64(d/time.Second), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return 0, cmdkit.Usagef("--%s %q: want an RFC 3339 time (2026-12-01T09:00:00+09:00) or +DURATION", flag, s)
	}
	return uint64(t.Unix()), nil
}

func voteCreate(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	title, err := cmdkit.RequireFlag(c, TitleFlag)
	if err != nil {
		return err
	}
	options := c.StringSlice(OptionFlag.Name)
	if len(options) < 2 || len(options) > 32 {
		return cmdkit.Usagef("--option: give 2 to 32 options, got %d", len(options))
	}
	maxChoices := c.Uint(MaxChoiceFlag.Name)
	if maxChoices < 1 || int(maxChoices) > len(options) {
		return cmdkit.Usagef("--max-choices %d: want 1 to %d", maxChoices, len(options))
	}
	rollPath, err := cmdkit.RequireFlag(c, RollFileFlag)
	if err != nil {
		return err
	}
	roll, err := ReadRollFile(rollPath)
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	if err := roll.Check(); err != nil {
		return &cmdkit.UsageError{Err: fmt.Errorf("--roll %s: %w; nothing sent", rollPath, err)}
	}
	quorum := c.Float64(QuorumFlag.Name)
	if quorum < 0 || quorum > 100 {
		return cmdkit.Usagef("--quorum %g: want 0 to 100 (percent of the roll)", quorum)
	}
	startText, err := cmdkit.RequireFlag(c, StartFlag)
	if err != nil {
		return err
	}
	endText, err := cmdkit.RequireFlag(c, EndFlag)
	if err != nil {
		return err
	}
	e := mvoting.MVotingNewElection{Title: title, OptionNames: options, MaxChoices: uint8(maxChoices), RollRoot: roll.Root,
		RollSize: uint32(roll.Size), QuorumBps: uint16(quorum * 100), Secret: c.Bool(SecretFlag.Name)}
	var trusteeKeys []*ecdsaPub
	if e.Secret {
		for _, s := range c.StringSlice(TrusteeFlag.Name) {
			k, err := parsePub(s)
			if err != nil {
				return cmdkit.Usagef("--trustee %s: %w", s, err)
			}
			trusteeKeys = append(trusteeKeys, k)
		}
		k := int(c.Uint(ThresholdFlag.Name))
		if len(trusteeKeys) == 0 || k < 1 || k > len(trusteeKeys) {
			return cmdkit.Usagef("a secret election needs --trustee keys and a --threshold from 1 to their number (got %d trustees, threshold %d)", len(trusteeKeys), k)
		}
		e.Threshold = uint8(k)
	} else if c.IsSet(TrusteeFlag.Name) || c.IsSet(ThresholdFlag.Name) {
		return cmdkit.Usagef("--trustee and --threshold are for --secret elections")
	}
	tc, addr, err := cmdkit.OpenTxFor(c, deploy.MVoting)
	if err != nil {
		return err
	}
	defer tc.Close()
	head, err := tc.EC.HeaderByNumber(c.Context, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	if e.Start, err = parseWhen(startText, head.Time, "start"); err != nil {
		return err
	}
	if e.End, err = parseWhen(endText, head.Time, "end"); err != nil {
		return err
	}
	if e.Secret {
		key, err := NewElectionKey()
		if err != nil {
			return err
		}
		shares, err := Split(key, int(e.Threshold), len(trusteeKeys))
		if err != nil {
			return err
		}
		e.PublicKey = crypto.FromECDSAPub(&key.PublicKey)[1:]
		for i, tk := range trusteeKeys {
			ct, err := EncryptFor(tk.key, shares[i])
			if err != nil {
				return err
			}
			e.Trustees = append(e.Trustees, crypto.PubkeyToAddress(*tk.key))
			e.EncryptedShares = append(e.EncryptedShares, ct)
		}
	}
	kind := "open"
	if e.Secret {
		kind = fmt.Sprintf("secret, %d of %d trustees", e.Threshold, len(trusteeKeys))
	}
	return cmdkit.SendOrSimulate(c, tc, addr, cmdkit.MustPack(votingABI(), "create", e), fmt.Sprintf("create the %s election %q", kind, title))
}

func voteCancel(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	tc, addr, err := cmdkit.OpenTxFor(c, deploy.MVoting)
	if err != nil {
		return err
	}
	defer tc.Close()
	return cmdkit.SendOrSimulate(c, tc, addr, cmdkit.MustPack(votingABI(), "cancel", id), fmt.Sprintf("cancel election %s", id))
}

// electionInfo is an election's rules, from its events.
type electionInfo struct {
	ID         uint64
	Title      string
	Options    []string
	MaxChoices int
	Start, End uint64
	Secret     bool
	PublicKey  []byte
	Threshold  int
	Trustees   []common.Address
	EncShares  [][]byte
	logs       []types.Log
}

func readElection(ctx context.Context, ec *ethclient.Client, contract common.Address, id *big.Int) (*electionInfo, error) {
	logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{contract}, Topics: [][]common.Hash{nil, {common.BigToHash(id)}}})
	if err != nil {
		return nil, fmt.Errorf("read the election's events: %w", err)
	}
	f, _ := mvoting.NewMVotingFilterer(contract, nil)
	info := &electionInfo{ID: id.Uint64(), logs: logs}
	found := false
	for _, l := range logs {
		if ev, err := f.ParseElectionCreated(l); err == nil {
			info.Title, info.Options, found = ev.Title, ev.OptionNames, true
		}
		if ev, err := f.ParseElectionWindow(l); err == nil {
			info.Start, info.End, info.MaxChoices, info.Secret = ev.Start, ev.End, int(ev.MaxChoices), ev.Secret
		}
		if ev, err := f.ParseElectionKey(l); err == nil {
			info.PublicKey, info.Threshold, info.Trustees, info.EncShares = ev.PublicKey, int(ev.Threshold), ev.Trustees, ev.EncryptedShares
		}
	}
	if !found {
		return nil, cmdkit.Usagef("no election %s on the MVoting contract at %s", id, contract.Hex())
	}
	return info, nil
}

func voteCast(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	var choices []uint8
	for _, ch := range c.UintSlice(ChoiceFlag.Name) {
		if ch > 31 {
			return cmdkit.Usagef("--choice %d: options count from 0 and there are at most 32", ch)
		}
		choices = append(choices, uint8(ch))
	}
	rollPath, err := cmdkit.RequireFlag(c, RollFileFlag)
	if err != nil {
		return err
	}
	roll, err := ReadRollFile(rollPath)
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	tc, addr, el, err := openElectionTx(c, id)
	if err != nil {
		return err
	}
	defer tc.Close()
	proof, err := roll.ProofOf(tc.Sender.From())
	if err != nil {
		return fmt.Errorf("--roll %s: %w; nothing sent", rollPath, err)
	}
	if err := CheckChoices(choices, len(el.Options), el.MaxChoices); err != nil {
		return &cmdkit.UsageError{Err: fmt.Errorf("%w (options: %s)", err, optionList(el.Options))}
	}
	proofArg := make([][32]byte, len(proof))
	for i, h := range proof {
		proofArg[i] = h
	}
	if !el.Secret {
		return cmdkit.SendOrSimulate(c, tc, addr, cmdkit.MustPack(votingABI(), "castOpen", id, choices, proofArg), fmt.Sprintf("vote in election %s", id))
	}
	pub, err := crypto.UnmarshalPubkey(append([]byte{4}, el.PublicKey...))
	if err != nil {
		return fmt.Errorf("election %s has a malformed public key: %w", id, err)
	}
	ct, err := EncryptBallot(pub, choices, len(el.Options), el.MaxChoices)
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	return cmdkit.SendOrSimulate(c, tc, addr, cmdkit.MustPack(votingABI(), "castSecret", id, ct, proofArg), fmt.Sprintf("cast a secret ballot in election %s", id))
}

func optionList(options []string) string {
	parts := make([]string, len(options))
	for i, o := range options {
		parts[i] = fmt.Sprintf("%d=%s", i, o)
	}
	return strings.Join(parts, ", ")
}

// voteReader opens the contract for read-only commands and reads election id.
func voteReader(c *cli.Context, id *big.Int) (*cmdkit.Reader, *mvoting.MVoting, *electionInfo, error) {
	r, err := cmdkit.OpenReader(c, deploy.MVoting)
	if err != nil {
		return nil, nil, nil, err
	}
	view, err := mvoting.NewMVoting(r.Addr, r.EC)
	if err != nil {
		r.Close()
		return nil, nil, nil, err
	}
	el, err := readElection(c.Context, r.EC, r.Addr, id)
	if err != nil {
		r.Close()
		return nil, nil, nil, err
	}
	return r, view, el, nil
}

func voteShow(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	r, view, el, err := voteReader(c, id)
	if err != nil {
		return err
	}
	defer r.Close()
	g, ec := r.G, r.EC
	opts := &bind.CallOpts{Context: c.Context}
	state, err := view.ElectionOf(opts, id)
	if err != nil {
		return err
	}
	counts, err := view.CountsOf(opts, id)
	if err != nil {
		return err
	}
	tu, err := view.Turnout(opts, id)
	if err != nil {
		return err
	}
	if g.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"id": el.ID, "title": el.Title, "options": el.Options, "maxChoices": el.MaxChoices,
			"start": el.Start, "end": el.End, "secret": el.Secret, "cancelled": state.Cancelled, "ballots": state.Ballots, "rollSize": state.RollSize,
			"turnoutBps": tu.Bps, "quorumBps": state.QuorumBps, "quorumReached": tu.QuorumReached, "counts": counts, "resultPosted": state.ResultPosted})
	}
	kind := "open ballots (counts are live)"
	if el.Secret {
		kind = fmt.Sprintf("secret ballots (%d of %d trustees rebuild the key after the end)", el.Threshold, len(el.Trustees))
	}
	status := "scheduled"
	head, _ := ec.HeaderByNumber(c.Context, nil)
	switch {
	case state.Cancelled:
		status = "cancelled"
	case head != nil && head.Time >= el.End:
		status = "closed"
	case head != nil && head.Time >= el.Start:
		status = "open"
	}
	cmdkit.KeyValues(c.App.Writer,
		[2]string{"Election", fmt.Sprintf("#%d %q (%s)", el.ID, el.Title, status)},
		[2]string{"Kind", kind},
		[2]string{"Window", fmt.Sprintf("%s to %s", time.Unix(int64(el.Start), 0).UTC().Format(time.RFC3339), time.Unix(int64(el.End), 0).UTC().Format(time.RFC3339))},
		[2]string{"Choices", fmt.Sprintf("up to %d", el.MaxChoices)},
		[2]string{"Ballots", fmt.Sprintf("%d of %d on the roll (turnout %.2f%%, quorum %.2f%%: %v)", state.Ballots, state.RollSize, float64(tu.Bps.Int64())/100, float64(state.QuorumBps)/100, tu.QuorumReached)},
	)
	t := &cmdkit.Table{}
	t.Add("  #", "OPTION", "COUNT")
	for i, o := range el.Options {
		count := "sealed until the end"
		if !el.Secret {
			count = counts[i].String()
		}
		t.Add(fmt.Sprintf("  %d", i), o, count)
	}
	return t.Write(c.App.Writer)
}

func voteTrusteePubkey(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	g, err := cmdkit.ReadGlobals(c)
	if err != nil {
		return err
	}
	key, err := g.LoadKey()
	if err != nil {
		return err
	}
	pub := hexutil.Encode(crypto.FromECDSAPub(&key.PrivateKey.PublicKey))
	if g.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"address": key.Address, "publicKey": pub})
	}
	_, err = fmt.Fprintf(c.App.Writer, "%s\n", pub)
	return err
}

func voteSubmitShare(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	tc, addr, el, err := openElectionTx(c, id)
	if err != nil {
		return err
	}
	defer tc.Close()
	key := tc.Key
	for i, tr := range el.Trustees {
		if tr != key.Address {
			continue
		}
		share, err := DecryptWith(key.PrivateKey, el.EncShares[i])
		if err != nil {
			return fmt.Errorf("your share of election %s does not decrypt with %s: %w", id, key.Address.Hex(), err)
		}
		return cmdkit.SendOrSimulate(c, tc, addr, cmdkit.MustPack(votingABI(), "revealShare", id, share), fmt.Sprintf("reveal your share of election %s", id))
	}
	return fmt.Errorf("%s is not a trustee of election %s: nothing sent", key.Address.Hex(), id)
}

func revealedShares(el *electionInfo, contract common.Address) []Share {
	f, _ := mvoting.NewMVotingFilterer(contract, nil)
	seen := map[common.Address]bool{}
	var shares []Share
	for _, l := range el.logs {
		if ev, err := f.ParseShareRevealed(l); err == nil && !seen[ev.Trustee] {
			seen[ev.Trustee] = true
			shares = append(shares, ev.Share)
		}
	}
	return shares
}

func votePublishKey(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	tc, addr, el, err := openElectionTx(c, id)
	if err != nil {
		return err
	}
	defer tc.Close()
	if !el.Secret {
		return cmdkit.Usagef("election %s has open ballots: there is no key to publish", id)
	}
	pub, err := crypto.UnmarshalPubkey(append([]byte{4}, el.PublicKey...))
	if err != nil {
		return err
	}
	key, err := Combine(el.Threshold, revealedShares(el, addr), pub)
	if err != nil {
		return fmt.Errorf("election %s: %w (trustees reveal shares with 'vote trustee submit-share %s')", id, err, id)
	}
	return cmdkit.SendOrSimulate(c, tc, addr, cmdkit.MustPack(votingABI(), "publishKey", id, key.D), fmt.Sprintf("publish the key of election %s", id))
}

// countFromChain recounts an election from its events: the last ballot of each voter, and
// for secret ballots the published key.
func countFromChain(el *electionInfo, contract common.Address, publishedKey *big.Int) (Tally, error) {
	f, _ := mvoting.NewMVotingFilterer(contract, nil)
	if !el.Secret {
		last := map[common.Address][]uint8{}
		for _, l := range el.logs {
			if ev, err := f.ParseOpenBallotCast(l); err == nil {
				last[ev.Voter] = ev.Choices
			}
		}
		t := Tally{Counts: make([]uint64, len(el.Options))}
		for _, choices := range last {
			t.Valid++
			for _, ch := range choices {
				t.Counts[ch]++
			}
		}
		return t, nil
	}
	if publishedKey == nil || publishedKey.Sign() == 0 {
		return Tally{}, fmt.Errorf("the key of election %d is not published yet: nothing can be counted (run 'vote publish-key %d')", el.ID, el.ID)
	}
	key, err := crypto.ToECDSA(common.LeftPadBytes(publishedKey.Bytes(), 32))
	if err != nil {
		return Tally{}, err
	}
	ballots := map[string][]byte{}
	for _, l := range el.logs {
		if ev, err := f.ParseSecretBallotCast(l); err == nil {
			ballots[ev.Voter.Hex()] = ev.Ciphertext
		}
	}
	return CountSecret(key, ballots, len(el.Options), el.MaxChoices), nil
}

// errResultMismatch: the posted result is not what the chain data count to.
var errResultMismatch = errors.New("the posted result does not match the recount")

func voteTally(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	r, view, el, err := voteReader(c, id)
	if err != nil {
		return err
	}
	defer r.Close()
	g, addr := r.G, r.Addr
	state, err := view.ElectionOf(&bind.CallOpts{Context: c.Context}, id)
	if err != nil {
		return err
	}
	tally, err := countFromChain(el, addr, state.PrivateKey)
	if err != nil {
		return err
	}
	var verdict string
	if c.Bool(VerifyFlag.Name) {
		f, _ := mvoting.NewMVotingFilterer(addr, nil)
		var posted []*big.Int
		for _, l := range el.logs {
			if ev, err := f.ParseResultPosted(l); err == nil {
				posted = ev.Counts
			}
		}
		if posted == nil {
			return fmt.Errorf("election %s has no posted result to verify", id)
		}
		verdict = "the posted result matches the recount"
		for i := range posted {
			if posted[i].Uint64() != tally.Counts[i] {
				verdict = ""
			}
		}
		if verdict == "" {
			printTally(c, g, el, tally, "MISMATCH: "+errResultMismatch.Error())
			return fmt.Errorf("election %s: %w (posted %v, recounted %v)", id, errResultMismatch, posted, tally.Counts)
		}
	}
	if err := printTally(c, g, el, tally, verdict); err != nil {
		return err
	}
	if !c.Bool(PostFlag.Name) {
		return nil
	}
	tc, addr2, err := cmdkit.OpenTxFor(c, deploy.MVoting)
	if err != nil {
		return err
	}
	defer tc.Close()
	counts := make([]*big.Int, len(tally.Counts))
	for i, n := range tally.Counts {
		counts[i] = new(big.Int).SetUint64(n)
	}
	return cmdkit.SendOrSimulate(c, tc, addr2, cmdkit.MustPack(votingABI(), "postResult", id, counts), fmt.Sprintf("post the result of election %s", id))
}

func printTally(c *cli.Context, g *cmdkit.Globals, el *electionInfo, t Tally, verdict string) error {
	if g.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"id": el.ID, "options": el.Options, "tally": t, "verified": verdict})
	}
	tb := &cmdkit.Table{}
	tb.Add("#", "OPTION", "VOTES")
	for i, o := range el.Options {
		tb.Add(i, o, t.Counts[i])
	}
	if err := tb.Write(c.App.Writer); err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "Valid ballots: %d\n", t.Valid)
	for _, iv := range t.Invalid {
		fmt.Fprintf(c.App.Writer, "Not counted: %s: %s\n", iv.Voter, iv.Reason)
	}
	if verdict != "" {
		fmt.Fprintln(c.App.Writer, verdict)
	}
	return nil
}

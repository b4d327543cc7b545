package proposal

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/citizenproposals"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/cred"
)

// Rules flags.
var (
	ThresholdsFlag = &cli.StringFlag{
		Name: "thresholds", Usage: "supporters that reach the department, deliberation and mayor stages, rising: e.g. 50,500,5000",
	}
	AnswerWithinFlag = &cli.StringFlag{
		Name: "answer-within", Usage: "the city's answer periods for the three stages: e.g. 30d,60d,30d (d for days, or 90s, 2h...)",
	}
	WindowFlag = &cli.StringFlag{
		Name: "window", Usage: "how long a proposal collects supports: e.g. 30d",
	}
	PromoteAtFlag = &cli.StringFlag{
		Name: "promote-at", Usage: "the stage that qualifies a proposal for a vote: department, deliberation or mayor", Value: "deliberation",
	}
	ResidenceSchemaFlag = &cli.StringFlag{
		Name: "residence-schema", Usage: "accept residence credentials of this schema (a UID, or a credential name such as residence) as proof of eligibility besides the roll; off: none (the roll admin; alone, without the rules flags)",
	}
)

func rulesCommand() *cli.Command {
	return &cli.Command{
		Name: "rules", Usage: "the thresholds, answer periods, window and promotion stage for new proposals",
		Subcommands: []*cli.Command{
			{Name: "show", Usage: "the rules in force", ArgsUsage: " ", Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: rulesShow},
			{Name: "set", Usage: "new rules for proposals opened from now on (the contract's admin: the council, --via-council)", ArgsUsage: " ",
				Flags: []cli.Flag{ThresholdsFlag, AnswerWithinFlag, WindowFlag, PromoteAtFlag, ResidenceSchemaFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: rulesSet},
		},
	}
}

// parsePeriod reads 30d (days) or a Go duration (90s, 2h) as whole seconds.
func parsePeriod(s string) (uint32, error) {
	s = strings.TrimSpace(s)
	var d time.Duration
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.ParseUint(days, 10, 32)
		if err != nil {
			return 0, fmt.Errorf("%q: want whole days such as 30d", s)
		}
		d = time.Duration(n) * 24 * time.Hour
	} else {
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return 0, fmt.Errorf("%q: want 30d, 90s, 2h...", s)
		}
	}
	if d < time.Second || d/time.Second > 1<<32-1 {
		return 0, fmt.Errorf("%q: want 1 second to 136 years", s)
	}
	return uint32(d / time.Second), nil
}

func threeOf(s, flag string, parse func(string) (uint32, error)) ([3]uint32, error) {
	var out [3]uint32
	parts := strings.Split(s, ",")
	if len(parts) != 3 {
		return out, cmdkit.Usagef("--%s %q: give three values, for the department, deliberation and mayor stages", flag, s)
	}
	for i, p := range parts {
		v, err := parse(strings.TrimSpace(p))
		if err != nil {
			return out, cmdkit.Usagef("--%s: %w", flag, err)
		}
		out[i] = v
	}
	return out, nil
}

func parseCount(s string) (uint32, error) {
	n, err := strconv.ParseUint(strings.ReplaceAll(s, "_", ""), 10, 32)
	if err != nil || n == 0 {
		return 0, fmt.Errorf("%q: want a whole number of supporters from 1", s)
	}
	return uint32(n), nil
}

func rulesSet(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	if c.IsSet(ResidenceSchemaFlag.Name) {
		return setResidenceSchema(c)
	}
	var r citizenproposals.CitizenProposalsRules
	th, err := cmdkit.RequireFlag(c, ThresholdsFlag)
	if err != nil {
		return err
	}
	if r.Thresholds, err = threeOf(th, ThresholdsFlag.Name, parseCount); err != nil {
		return err
	}
	if !(r.Thresholds[0] < r.Thresholds[1] && r.Thresholds[1] < r.Thresholds[2]) {
		return cmdkit.Usagef("--thresholds %s: each stage needs more supporters than the one before", th)
	}
	ans, err := cmdkit.RequireFlag(c, AnswerWithinFlag)
	if err != nil {
		return err
	}
	if r.AnswerPeriods, err = threeOf(ans, AnswerWithinFlag.Name, parsePeriod); err != nil {
		return err
	}
	win, err := cmdkit.RequireFlag(c, WindowFlag)
	if err != nil {
		return err
	}
	if r.Window, err = parsePeriod(win); err != nil {
		return cmdkit.Usagef("--window: %w", err)
	}
	if r.PromoteStage, err = ParseStage(c.String(PromoteAtFlag.Name)); err != nil {
		return cmdkit.Usagef("--promote-at: %w", err)
	}
	return cmdkit.Send(c, deploy.CitizenProposals, proposalsABI(), fmt.Sprintf("set the rules for new proposals: %s", describeRules(r)), "setRules", r)
}

// setResidenceSchema sends --residence-schema: the roll admin's, apart from the rules,
// which are the council's.
func setResidenceSchema(c *cli.Context) error {
	for _, f := range []*cli.StringFlag{ThresholdsFlag, AnswerWithinFlag, WindowFlag, PromoteAtFlag} {
		if c.IsSet(f.Name) {
			return cmdkit.Usagef("--residence-schema and --%s: set the residence schema (the roll admin's) and the rules (the council's) in two commands", f.Name)
		}
	}
	g, err := cmdkit.ReadGlobals(c)
	if err != nil {
		return err
	}
	resolver, err := cmdkit.ContractAddress(c, g, deploy.CredResolver)
	if err != nil {
		return fmt.Errorf("the credentials service's resolver: %w", err)
	}
	v := c.String(ResidenceSchemaFlag.Name)
	if v == "off" {
		return cmdkit.Send(c, deploy.CitizenProposals, proposalsABI(), "accept no residence credentials for proposals", "setResidenceSchema", common.Hash{}, common.Address{})
	}
	uid, name, err := cred.ResolveSchema(c, g, ResidenceSchemaFlag.Name, v)
	if err != nil {
		return err
	}
	if name == "" {
		name = uid.Hex()
	}
	return cmdkit.Send(c, deploy.CitizenProposals, proposalsABI(), fmt.Sprintf("accept residence credentials %s (schema %s) for proposals", name, uid.Hex()),
		"setResidenceSchema", uid, resolver)
}

func describeRules(r citizenproposals.CitizenProposalsRules) string {
	var parts []string
	for i, name := range Stages {
		parts = append(parts, fmt.Sprintf("%d → %s within %s", r.Thresholds[i], name, period(r.AnswerPeriods[i])))
	}
	return fmt.Sprintf("%s; supports for %s; a vote from the %s stage", strings.Join(parts, ", "), period(r.Window), StageName(int(r.PromoteStage)))
}

// period formats seconds in days when whole, else as a Go duration.
func period(s uint32) string {
	if s%86400 == 0 {
		return fmt.Sprintf("%d days", s/86400)
	}
	return (time.Duration(s) * time.Second).String()
}

func rulesShow(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	rd, err := cmdkit.OpenReader(c, deploy.CitizenProposals)
	if err != nil {
		return err
	}
	defer rd.Close()
	view, err := citizenproposals.NewCitizenProposals(rd.Addr, rd.EC)
	if err != nil {
		return err
	}
	cur, err := view.CurrentRules(cmdkit.CallOpts(c))
	if err != nil {
		return fmt.Errorf("read the rules: %w", err)
	}
	roll, err := view.Roll(cmdkit.CallOpts(c))
	if err != nil {
		return fmt.Errorf("read the roll: %w", err)
	}
	rs, err := view.ResidenceSchema(cmdkit.CallOpts(c))
	if err != nil {
		return fmt.Errorf("read the residence schema: %w", err)
	}
	if c.Bool(cmdkit.JSONFlag.Name) {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"version": cur.Version, "rules": cur.R, "rollRoot": fmt.Sprintf("%#x", roll.Root), "rollSize": roll.Size,
			"residenceSchema": fmt.Sprintf("%#x", rs.Schema)})
	}
	t := &cmdkit.Table{}
	t.Add("STAGE", "SUPPORTERS", "ANSWER WITHIN")
	for i, name := range Stages {
		t.Add(name, cur.R.Thresholds[i], period(cur.R.AnswerPeriods[i]))
	}
	if err := t.Write(c.App.Writer); err != nil {
		return err
	}
	rollLine := "none published yet (seoulchain propose roll --roll FILE)"
	if roll.Size > 0 {
		rollLine = fmt.Sprintf("%d citizens, root %#x", roll.Size, roll.Root)
	}
	credLine := "not accepted (seoulchain propose rules set --residence-schema residence)"
	if rs.Schema != ([32]byte{}) {
		credLine = fmt.Sprintf("accepted: schema %#x", rs.Schema)
	}
	return cmdkit.KeyValues(c.App.Writer, [2]string{"Window", period(cur.R.Window)}, [2]string{"Vote from", StageName(int(cur.R.PromoteStage)) + " stage"},
		[2]string{"Rules version", new(big.Int).Set(cur.Version).String()}, [2]string{"Roll", rollLine}, [2]string{"Residence credentials", credLine})
}

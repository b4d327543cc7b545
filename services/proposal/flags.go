package proposal

import (
	"strconv"

	"github.com/urfave/cli/v2"
)

// Proposal flags.
var (
	RollFlag = &cli.StringFlag{
		Name: "roll", Usage: "roll FILE of eligible citizens (roll.json, built by 'seoulchain vote roll build': the same file serves supports and the election)",
	}
	TitleFlag = &cli.StringFlag{
		Name: "title", Usage: "the proposal's TITLE, a question or a policy in one line (public, on chain: no personal data)",
	}
	TextFlag = &cli.StringFlag{
		Name: "text", Usage: "the TEXT (public, on chain: no personal data); or --text-file",
	}
	TextFileFlag = &cli.StringFlag{
		Name: "text-file", Usage: "read the text from FILE (UTF-8)",
	}
	CategoryFlag = &cli.StringFlag{
		Name: "category", Usage: "one of: " + categoryList(),
	}
	HashOnlyFlag = &cli.BoolFlag{
		Name: "hash-only", Usage: "publish only the text's keccak256 hash (the text stays with the city's records); for --title too if it must stay off chain",
	}
	StageFlag = &cli.StringFlag{
		Name: "stage", Usage: "the STAGE: department (1), deliberation (2) or mayor (3)",
	}
	ListStageFlag = &cli.StringFlag{
		Name: "stage", Usage: "only proposals whose highest stage reached is STAGE: none, department, deliberation or mayor",
	}
	OverdueFlag = &cli.BoolFlag{
		Name: "overdue", Usage: "only proposals with an answer overdue",
	}
	OpenFlag = &cli.BoolFlag{
		Name: "open", Usage: "only proposals still collecting supports",
	}
	OptionFlag = &cli.StringSliceFlag{
		Name: "option", Usage: "an OPTION on the ballot (repeat; default: 찬성 For, 반대 Against)",
	}
	StartFlag = &cli.StringFlag{
		Name: "start", Usage: "required: when voting opens, an RFC 3339 time or +DURATION from now, e.g. +10m",
	}
	EndFlag = &cli.StringFlag{
		Name: "end", Usage: "required: when voting closes, an RFC 3339 time or +DURATION from now, e.g. +24h",
	}
	QuorumFlag = &cli.Float64Flag{
		Name: "quorum", Usage: "minimum turnout in percent of the roll (0: none)",
	}
	OverrideFlag = &cli.BoolFlag{
		Name: "override", Usage: "promote a proposal that did not reach the promotion stage: the city's explicit decision, recorded on chain as an override",
	}
)

// Categories are the proposal categories and their codes on chain; codes are never reused.
var Categories = []string{"transport", "environment", "welfare", "housing", "culture", "safety", "economy", "education", "health", "administration", "other"}

func categoryList() string {
	s := ""
	for i, c := range Categories {
		if i > 0 {
			s += ", "
		}
		s += c
	}
	return s
}

// CategoryCode is the code of a category name (1-based).
func CategoryCode(name string) (uint16, bool) {
	for i, c := range Categories {
		if c == name {
			return uint16(i + 1), true
		}
	}
	return 0, false
}

// CategoryName is the name of a code ("category 42" for one this build does not know).
func CategoryName(code uint16) string {
	if code >= 1 && int(code) <= len(Categories) {
		return Categories[code-1]
	}
	return "category " + strconv.Itoa(int(code))
}

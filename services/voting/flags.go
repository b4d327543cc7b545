package voting

import (
	"github.com/urfave/cli/v2"
)

// Voting flags.
var (
	RollCSVFlag     = &cli.StringFlag{Name: "csv", Usage: "voters FILE: one address per line (a header 'address' is skipped)"}
	RollFileFlag    = &cli.StringFlag{Name: "roll", Usage: "roll FILE written by 'vote roll build'"}
	TitleFlag       = &cli.StringFlag{Name: "title", Usage: "the question put to the vote"}
	OptionFlag      = &cli.StringSliceFlag{Name: "option", Usage: "an OPTION on the ballot (repeat, 2 to 32)"}
	MaxChoiceFlag   = &cli.UintFlag{Name: "max-choices", Usage: "how many options a ballot may choose", Value: 1}
	StartFlag       = &cli.StringFlag{Name: "start", Usage: "required: when voting opens, an RFC 3339 time or +DURATION from now, e.g. +10m (no default)"}
	EndFlag         = &cli.StringFlag{Name: "end", Usage: "required: when voting closes, an RFC 3339 time or +DURATION from now, e.g. +24h (no default)"}
	QuorumFlag      = &cli.Float64Flag{Name: "quorum", Usage: "minimum turnout in percent of the roll (0: none)"}
	SecretFlag      = &cli.BoolFlag{Name: "secret", Usage: "secret ballots: encrypted, counted only after the end"}
	TrusteeFlag     = &cli.StringSliceFlag{Name: "trustee", Usage: "a trustee's public KEY (hex, from 'vote trustee pubkey'); repeat for each, in trustee order"}
	ThresholdFlag   = &cli.UintFlag{Name: "threshold", Usage: "how many trustees decrypt the result together (secret ballots)"}
	ChoiceFlag      = &cli.UintSliceFlag{Name: "choice", Usage: "an option NUMBER to vote for (repeat up to --max-choices); options count from 0"}
	VerifyFlag      = &cli.BoolFlag{Name: "verify", Usage: "recount and compare with the posted result"}
	PostFlag        = &cli.BoolFlag{Name: "post", Usage: "post the count as the final result (election admin)"}
	TrusteeFileFlag = &cli.StringFlag{Name: "trustee-file", Usage: "your trustee secret FILE for this election, encrypted to your keystore key (default: vote-trustee-ID-ADDRESS.enc)"}
	OutRollFlag     = &cli.StringFlag{Name: "out", Usage: "write the roll to FILE", Value: "roll.json"}
)

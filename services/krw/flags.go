package krw

import (
	"github.com/urfave/cli/v2"
)

// KRW token flags.
var (
	ToFlag = &cli.StringFlag{
		Name: "to", Usage: "recipient ADDRESS", Required: true,
	}
	AmountFlag = &cli.StringFlag{
		Name: "amount", Usage: "AMOUNT in won, digits with optional thousands separators (1,250,000)", Required: true,
	}
	BankRefFlag = &cli.StringFlag{
		Name: "ref", Usage: "the bank's deposit REFERENCE; each is minted once", Required: true,
	}
	// WithdrawalRefFlag is not Required so that a burn given the refused --account-ref
	// hears why before hearing that --ref is missing; krwBurn requires it.
	WithdrawalRefFlag = &cli.StringFlag{
		Name: "ref", Usage: "the withdrawal CODE the bank gave you for this payout (at most 32 bytes); the bank maps it to your account",
	}
	// AccountRefFlag is kept only to refuse it with the reason: a bank account must not go
	// on chain, where every node keeps it forever.
	AccountRefFlag = &cli.StringFlag{
		Name: "account-ref", Usage: "refused: a bank account must not go on chain; pass the bank's withdrawal code with --ref", Hidden: true,
	}
)

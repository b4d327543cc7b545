package escrow

import (
	"github.com/urfave/cli/v2"
)

// Escrow flags.
var (
	PlanFlag = &cli.StringFlag{
		Name: "plan", Usage: "payment plan FILE (.json or .csv)",
	}
	PrimeFlag = &cli.StringFlag{
		Name: "prime", Usage: "prime contractor ADDRESS (needed for a CSV plan)",
	}
	ReasonFlag = &cli.StringFlag{
		Name: "reason", Usage: "why the share is held; the TEXT stays off chain in " + NotesFile + " beside the address book, only a salted hash goes on chain",
	}
	NonceFlag = &cli.Uint64Flag{
		Name: "nonce", Usage: "the amendment NUMBER you reviewed (escrow status ID shows it); refused if it was replaced since",
	}
	ResolveToFlag = &cli.StringFlag{
		Name: "to", Usage: "where the held share goes: payee or city",
	}
)

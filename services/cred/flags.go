package cred

import (
	"github.com/urfave/cli/v2"
)

// MaxBatch bounds a multiAttest: at about 168,000 gas per credential (make bench), 250
// take 42M gas, within geth's default 50M RPC gas cap that gas estimation runs under and
// the city's 100M block; 500 (84M) would be refused by the node before it is sent.
const MaxBatch = 250

// Credential flags.
var (
	SchemaFlag = &cli.StringFlag{
		Name: "schema", Usage: "credential NAME (e.g. residence) or schema UID (0x…)",
	}
	HolderFlag = &cli.StringFlag{
		Name: "holder", Usage: "holder ADDRESS (the citizen's key)",
	}
	FieldFlag = &cli.StringSliceFlag{
		Name: "field", Usage: "issue: a fact NAME=VALUE; present: a field to show, CREDENTIAL.FIELD (repeat the flag)",
	}
	ValidFlag = &cli.DurationFlag{
		Name: "valid", Usage: "how long the credential is valid (e.g. 8760h)", Value: 365 * 24 * 3600 * 1e9,
	}
	CSVFlag = &cli.StringFlag{
		Name: "csv", Usage: "FILE of holders, one a row: a column holder, then one column per field (header row first)",
	}
	BatchFlag = &cli.IntFlag{
		Name: "batch", Usage: "attestations per multiAttest transaction with --csv", Value: 100,
	}
	OutFlag = &cli.StringFlag{
		Name: "out", Usage: "FILE (or, with --csv, DIR) to write", Value: ".",
	}
	AudienceFlag = &cli.StringFlag{
		Name: "audience", Usage: "the verifier's NAME, as in its policy (e.g. youth.seoul.go.kr)",
	}
	ChallengeFlag = &cli.StringFlag{
		Name: "challenge", Usage: "the verifier's CHALLENGE (0x…, from `cred challenge`)",
	}
	ChallengesFlag = &cli.StringFlag{
		Name: "challenges", Usage: "the verifier's challenge FILE (issued and used challenges)", Value: "cred-challenges.json",
	}
	DelegatedFlag = &cli.BoolFlag{
		Name: "delegated", Usage: "issue by delegation: sign the attestations and have the relayer (--relayer) send them and pay the gas",
	}
	PolicyFlag = &cli.StringFlag{
		Name: "policy", Usage: "programme policy FILE (TOML)",
	}
)

package cert

import "github.com/urfave/cli/v2"

// Certificate flags.
var (
	NameFlag = &cli.StringFlag{
		Name: "name", Usage: "the office's NAME as people will read it (e.g. \"마포구청 Mapo-gu Office\")",
	}
	OfficeFlag = &cli.StringFlag{
		Name: "office", Usage: "the issuing office's NAME, as registered (the sending key must be that office's)",
	}
	DirFlag = &cli.StringFlag{
		Name: "dir", Usage: "issue every file of DIR (not hidden files, not proof files)",
	}
	ExpiresFlag = &cli.StringFlag{
		Name: "expires", Usage: "the certificates are valid until the end of DATE (YYYY-MM-DD, Seoul time); default: no end",
	}
	ProofFlag = &cli.StringFlag{
		Name: "proof", Usage: "the proof FILE (default: FILE" + ProofSuffix + ")",
	}
	ReasonFlag = &cli.StringFlag{
		Name: "reason", Usage: "why: error, superseded, withdrawn, compromised, or a code 1-65535",
	}
	AtFlag = &cli.StringFlag{
		Name: "at", Usage: "the verdict as it stood at DATE (YYYY-MM-DD, end of that day Seoul time, or RFC 3339): revocations after it are named, not counted; default: now",
	}
	BatchFlag = &cli.BoolFlag{
		Name: "batch", Usage: "revoke the whole batch the FILE (or ROOT) belongs to, not only the file",
	}
)

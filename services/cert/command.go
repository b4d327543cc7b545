package cert

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/certificateregistry"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

func registryABI() *abi.ABI { return cmdkit.MustABI(certificateregistry.CertificateRegistryMetaData) }

// ErrNotGenuine is the exit of `cert verify` for any verdict but genuine, so that a script
// can rely on the exit code alone.
var ErrNotGenuine = errors.New("certificate is not genuine")

// Command is the cert command.
func Command() *cli.Command {
	return &cli.Command{
		Name:  "cert",
		Usage: "certificates issued as files, that cannot be forged: offices, issuing, verifying, revoking",
		Description: `Offices issue certificates as files. 'cert issue' hashes each file (SHA-256 of its exact
bytes), anchors the Merkle root of the batch in the CertificateRegistry in one transaction,
and writes beside each file its proof (FILE` + ProofSuffix + `). 'cert verify' checks a file and
its proof against any node: genuine, revoked, expired, changed or unknown. Only hashes go on
chain.`,
		Subcommands: []*cli.Command{
			{
				Name: "office", Usage: "the offices that may issue (registrar role)",
				Subcommands: []*cli.Command{
					{Name: "add", Usage: "register ADDRESS (the office's key) as an issuing office --name NAME", ArgsUsage: "ADDRESS",
						Flags: []cli.Flag{NameFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: officeAdd},
					{Name: "remove", Usage: "stop office ADDRESS issuing (what it issued stands)", ArgsUsage: "ADDRESS",
						Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: officeRemove},
					{Name: "list", Usage: "list the offices", ArgsUsage: " ", Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: officeList},
				},
			},
			{
				Name: "issue", Usage: "issue FILEs (or every file of --dir) as one batch of --office", ArgsUsage: "[FILE...]",
				Flags: []cli.Flag{OfficeFlag, DirFlag, ExpiresFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
				Description: `Run again over the same files after an interruption, it finds the batch anchored and
only writes the proof files still missing: nothing is anchored twice.`,
				Action: issue,
			},
			{Name: "verify", Usage: "check FILE against the chain (with its proof file)", ArgsUsage: "FILE",
				Flags: []cli.Flag{ProofFlag, AtFlag, cmdkit.AddressBookFlag}, Action: verify},
			{
				Name: "revoke", Usage: "revoke FILE (with its proof), or with --batch its whole batch (or batch ROOT)", ArgsUsage: "FILE|ROOT",
				Flags: []cli.Flag{ReasonFlag, BatchFlag, ProofFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: revoke,
			},
		},
	}
}

func officeAdd(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "ADDRESS"); err != nil {
		return err
	}
	who, err := cmdkit.AddressArg(c, "ADDRESS")
	if err != nil {
		return err
	}
	name, err := cmdkit.RequireFlag(c, NameFlag)
	if err != nil {
		return err
	}
	name = strings.TrimSpace(name)
	return cmdkit.With(c, deploy.CertRegistry, registryABI(), func(tx *cmdkit.Tx) error {
		reg, err := certificateregistry.NewCertificateRegistryCaller(tx.To, tx.EC)
		if err != nil {
			return err
		}
		o, err := reg.Office(cmdkit.CallOpts(c), who)
		if err != nil {
			return fmt.Errorf("read office %s: %w", who.Hex(), err)
		}
		if o.Registered && o.Name == name {
			return tx.NothingSent(c, fmt.Sprintf("%s is already registered as %q", who.Hex(), name), map[string]any{"office": who})
		}
		return tx.Send(c, fmt.Sprintf("register %s as office %q", who.Hex(), name), "addOffice", who, name)
	})
}

func officeRemove(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "ADDRESS"); err != nil {
		return err
	}
	who, err := cmdkit.AddressArg(c, "ADDRESS")
	if err != nil {
		return err
	}
	return cmdkit.Send(c, deploy.CertRegistry, registryABI(), fmt.Sprintf("remove office %s", who.Hex()), "removeOffice", who)
}

// officeRow is one office as `office list --json` prints it.
type officeRow struct {
	Address    common.Address `json:"address"`
	Name       string         `json:"name"`
	Registered bool           `json:"registered"`
	Since      time.Time      `json:"since"`
}

func officeList(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	r, err := cmdkit.OpenReader(c, deploy.CertRegistry)
	if err != nil {
		return err
	}
	defer r.Close()
	reg, err := certificateregistry.NewCertificateRegistryCaller(r.Addr, r.EC)
	if err != nil {
		return err
	}
	addrs, err := reg.Offices(cmdkit.CallOpts(c))
	if err != nil {
		return fmt.Errorf("list offices: %w", err)
	}
	rows := []officeRow{}
	for _, a := range addrs {
		o, err := reg.Office(cmdkit.CallOpts(c), a)
		if err != nil {
			return fmt.Errorf("read office %s: %w", a.Hex(), err)
		}
		rows = append(rows, officeRow{a, o.Name, o.Registered, time.Unix(int64(o.Since), 0).UTC()})
	}
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, rows)
	}
	var t cmdkit.Table
	t.Add("ADDRESS", "NAME", "STATUS", "SINCE")
	for _, o := range rows {
		status := "registered"
		if !o.Registered {
			status = "removed"
		}
		t.Add(o.Address.Hex(), o.Name, status, o.Since.Format(time.RFC3339))
	}
	return t.Write(c.App.Writer)
}

// seoul is Korea Standard Time (no daylight saving), fixed so no tz database is needed.
var seoul = time.FixedZone("KST", 9*3600)

// parseExpiry reads --expires: the end of the day DATE in Seoul; zero when not given.
func parseExpiry(s string) (uint64, error) {
	if s == "" {
		return 0, nil
	}
	d, err := time.ParseInLocation("2006-01-02", s, seoul)
	if err != nil {
		return 0, cmdkit.Usagef("--expires %q: want a date YYYY-MM-DD", s)
	}
	return uint64(d.AddDate(0, 0, 1).Unix() - 1), nil
}

// parseAt reads --at: the end of the day DATE in Seoul, or an RFC 3339 moment; zero when
// not given.
func parseAt(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	d, err := time.ParseInLocation("2006-01-02", s, seoul)
	if err != nil {
		return time.Time{}, cmdkit.Usagef("--at %q: want a date YYYY-MM-DD or a moment like 2026-03-01T09:00:00+09:00", s)
	}
	return d.AddDate(0, 0, 1).Add(-time.Second), nil
}

func issue(c *cli.Context) error {
	officeName, err := cmdkit.RequireFlag(c, OfficeFlag)
	if err != nil {
		return err
	}
	expiry, err := parseExpiry(c.String(ExpiresFlag.Name))
	if err != nil {
		return err
	}
	files := c.Args().Slice()
	switch dir := c.String(DirFlag.Name); {
	case dir != "" && len(files) > 0:
		return cmdkit.Usagef("give FILEs or --dir, not both")
	case dir != "":
		if files, err = ListDir(dir); err != nil {
			return cmdkit.Usagef("--dir: %w", err)
		}
	}
	batch, err := HashBatch(files, Progress(c.App.ErrWriter, "Hashed", len(files)))
	if err != nil {
		return cmdkit.Usagef("%w; nothing anchored", err)
	}
	root := batch.Tree.Root()
	return cmdkit.With(c, deploy.CertRegistry, registryABI(), func(tx *cmdkit.Tx) error {
		reg, err := certificateregistry.NewCertificateRegistryCaller(tx.To, tx.EC)
		if err != nil {
			return err
		}
		me := tx.Sender.From()
		o, err := reg.Office(cmdkit.CallOpts(c), me)
		if err != nil {
			return fmt.Errorf("read office %s: %w", me.Hex(), err)
		}
		// An unregistered key is refused by the contract itself (CertOfficeNotRegistered),
		// in the simulation: nothing is sent.
		if o.Registered && o.Name != officeName {
			return cmdkit.Usagef("--office %q: the sending key %s is office %q; nothing anchored", officeName, me.Hex(), o.Name)
		}
		chainID, err := tx.EC.ChainID(c.Context)
		if err != nil {
			return fmt.Errorf("chain ID: %w", err)
		}
		// An interrupted run finds its batch anchored: it must not anchor again, only finish
		// writing the proofs.
		b, err := reg.Batch(cmdkit.CallOpts(c), root)
		if err != nil {
			return fmt.Errorf("read batch %s: %w", root.Hex(), err)
		}
		if b.Office == me {
			if err := cmdkit.Note(c, fmt.Sprintf("Batch %s is already anchored by %q: resuming, nothing sent.", root.Hex(), o.Name)); err != nil {
				return err
			}
		} else {
			// Never anchored, or anchored by another office: the contract refuses the latter
			// (CertRootAlreadyAnchored) in the simulation.
			action := fmt.Sprintf("anchor batch %s of %d certificates of %q", root.Hex(), batch.Tree.Len(), officeName)
			if err := tx.Send(c, action, "anchor", root, expiry); err != nil || c.Bool(cmdkit.DryRunFlag.Name) {
				return err
			}
		}
		txHash, err := AnchorTx(c.Context, tx.EC, tx.To, root)
		if err != nil {
			return err
		}
		base := Proof{Office: Office{Name: o.Name, Address: me}, Registry: tx.To, ChainID: chainID.Uint64(), Tx: txHash}
		n, err := batch.WriteProofs(base, Progress(c.App.ErrWriter, "Wrote proofs", len(batch.Files)))
		if err != nil {
			return err
		}
		if tx.G.JSON {
			return cmdkit.PrintJSON(c.App.Writer, map[string]any{"root": root, "certificates": batch.Tree.Len(), "proofsWritten": n, "tx": txHash})
		}
		_, err = fmt.Fprintf(c.App.Writer, "Issued %d certificates in batch %s (transaction %s); wrote %d proof files (%s).\n",
			batch.Tree.Len(), root.Hex(), txHash.Hex(), n, ProofSuffix)
		return err
	})
}

// proofFor reads the proof of FILE: --proof, or FILE.proof.json if there is one (nil if
// not: the verdict is then unknown).
func proofFor(c *cli.Context, file string) (*Proof, error) {
	if p := c.String(ProofFlag.Name); p != "" {
		return ReadProof(p)
	}
	p, err := ReadProof(ProofPath(file))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	return p, err
}

func verify(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "FILE"); err != nil {
		return err
	}
	at, err := parseAt(c.String(AtFlag.Name))
	if err != nil {
		return err
	}
	file := c.Args().First()
	doc, err := HashFile(file)
	if err != nil {
		return cmdkit.Usagef("%w", err)
	}
	proof, err := proofFor(c, file)
	if err != nil {
		return cmdkit.Usagef("%w", err)
	}
	r, err := cmdkit.OpenReader(c, deploy.CertRegistry)
	if err != nil {
		return err
	}
	defer r.Close()
	chainID, err := r.EC.ChainID(c.Context)
	if err != nil {
		return fmt.Errorf("chain ID: %w", err)
	}
	ch, err := NewChecker(r.EC, r.Addr, chainID.Uint64())
	if err != nil {
		return err
	}
	ch.AsOf = at
	res, err := ch.Check(c.Context, doc, proof)
	if err != nil {
		return err
	}
	if r.G.JSON {
		err = cmdkit.PrintJSON(c.App.Writer, res)
	} else {
		err = printResult(c, file, res)
	}
	if err == nil && res.Verdict != Genuine {
		err = fmt.Errorf("%w: %s", ErrNotGenuine, res.Verdict)
	}
	return err
}

func printResult(c *cli.Context, file string, res *Result) error {
	pairs := [][2]string{{"file", file}, {"verdict", strings.ToUpper(string(res.Verdict))}, {"document", res.Document.Hex()}}
	if res.AsOf != nil {
		pairs = append(pairs, [2]string{"as of", res.AsOf.In(seoul).Format(time.RFC3339)})
	}
	if res.Why != "" {
		pairs = append(pairs, [2]string{"why", res.Why})
	}
	if res.Office != nil {
		pairs = append(pairs, [2]string{"office", fmt.Sprintf("%s (%s, %s)", res.Office.Name, res.Office.Address.Hex(), res.OfficeNow)},
			[2]string{"issued at", res.IssuedAt.In(seoul).Format(time.RFC3339)}, [2]string{"batch", res.Batch.Hex()})
		expires := "never"
		if res.ExpiresAt != nil {
			expires = res.ExpiresAt.In(seoul).Format(time.RFC3339)
		}
		pairs = append(pairs, [2]string{"expires", expires})
	}
	if res.RevokedAt != nil {
		pairs = append(pairs, [2]string{"revoked at", fmt.Sprintf("%s (the %s)", res.RevokedAt.In(seoul).Format(time.RFC3339), res.Revocation)},
			[2]string{"reason", fmt.Sprintf("%d: %s (%s)", res.Reason, res.ReasonEN, res.ReasonKO)})
	}
	return cmdkit.KeyValues(c.App.Writer, pairs...)
}

func revoke(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "FILE|ROOT"); err != nil {
		return err
	}
	reasonFlag, err := cmdkit.RequireFlag(c, ReasonFlag)
	if err != nil {
		return err
	}
	reason, err := ParseReason(reasonFlag)
	if err != nil {
		return cmdkit.Usagef("--reason: %w", err)
	}
	arg := c.Args().First()
	if strings.HasPrefix(arg, "0x") && len(arg) == 66 {
		if !c.Bool(BatchFlag.Name) {
			return cmdkit.Usagef("a ROOT names a batch: pass --batch to revoke all of it, or give a FILE")
		}
		root := common.HexToHash(arg)
		return cmdkit.Send(c, deploy.CertRegistry, registryABI(), fmt.Sprintf("revoke batch %s", root.Hex()), "revokeBatch", root, reason)
	}
	doc, err := HashFile(arg)
	if err != nil {
		return cmdkit.Usagef("%w", err)
	}
	proof, err := proofFor(c, arg)
	if err != nil {
		return cmdkit.Usagef("%w", err)
	}
	if proof == nil {
		return cmdkit.Usagef("no proof file for %s (%s): pass --proof", arg, ProofPath(arg))
	}
	if c.Bool(BatchFlag.Name) {
		return cmdkit.Send(c, deploy.CertRegistry, registryABI(), fmt.Sprintf("revoke batch %s", proof.Root.Hex()), "revokeBatch", proof.Root, reason)
	}
	if proof.DocumentHash != doc {
		return cmdkit.Usagef("%s hashes to %s, its proof is of %s: the file was changed; revoke the original, or --batch", arg, doc.Hex(), proof.DocumentHash.Hex())
	}
	path := make([][32]byte, len(proof.Proof))
	for i, h := range proof.Proof {
		path[i] = h
	}
	return cmdkit.Send(c, deploy.CertRegistry, registryABI(), fmt.Sprintf("revoke %s of batch %s", doc.Hex(), proof.Root.Hex()),
		"revokeDocument", proof.Root, doc, path, reason)
}

package cred

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/eas"
	"github.com/seoulchain/seoulchain/bindings/schemaregistry"
	"github.com/seoulchain/seoulchain/bindings/trustedissuerresolver"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

func easABI() *abi.ABI      { return cmdkit.MustABI(eas.EASMetaData) }
func registryABI() *abi.ABI { return cmdkit.MustABI(schemaregistry.SchemaRegistryMetaData) }
func resolverABI() *abi.ABI {
	return cmdkit.MustABI(trustedissuerresolver.TrustedIssuerResolverMetaData)
}

// Command is the cred command.
func Command() *cli.Command {
	return &cli.Command{
		Name:  "cred",
		Usage: "credentials on attestations: schemas, trusted issuers, issuing, presenting, checking",
		Description: `Agencies issue facts about citizens once, as Ethereum Attestation Service attestations
under the city's schemas; only the issuers the city registered for a schema may attest it.
The citizen keeps the credential file (the facts and their salts), presents only the fields a
programme needs, signed for the programme's challenge; the programme checks the presentation
against the chain and its policy.

On chain: the holder's address, the schema, the issuer, the expiry, the revocation time and a
32-byte commitment (a Merkle root over the salted facts). No name, no date of birth, no
income: those stay in the holder's file.`,
		Subcommands: []*cli.Command{
			{
				Name: "schema", Usage: "register and list the city's credential schemas",
				Subcommands: []*cli.Command{
					{Name: "register", Usage: "register credential NAME (e.g. residence) with the city's resolver", ArgsUsage: "NAME",
						Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: schemaRegister},
					{Name: "list", Usage: "list the schemas registered with the city's resolver and their issuers", ArgsUsage: " ",
						Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: schemaList},
				},
			},
			{
				Name: "issuer", Usage: "the agencies trusted to issue a schema (registrar role)",
				Subcommands: []*cli.Command{
					{Name: "add", Usage: "trust ISSUER for --schema", ArgsUsage: "ISSUER", Flags: []cli.Flag{SchemaFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
						Action: func(c *cli.Context) error { return issuerChange(c, "addIssuer", "trust %s to issue %s") }},
					{Name: "remove", Usage: "stop trusting ISSUER for --schema (its credentials stand until revoked or expired)", ArgsUsage: "ISSUER",
						Flags:  []cli.Flag{SchemaFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
						Action: func(c *cli.Context) error { return issuerChange(c, "removeIssuer", "stop trusting %s to issue %s") }},
					{Name: "list", Usage: "list the issuers trusted for --schema", ArgsUsage: " ", Flags: []cli.Flag{SchemaFlag, cmdkit.AddressBookFlag}, Action: issuerList},
				},
			},
			{
				Name: "issue", Usage: "issue a credential (--holder and --field NAME=VALUE), or one per row of --csv",
				ArgsUsage: " ",
				Flags:     []cli.Flag{SchemaFlag, HolderFlag, FieldFlag, ValidFlag, CSVFlag, BatchFlag, OutFlag, DelegatedFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
				Description: `Salts each fact, commits to them with a Merkle root, attests the root to the holder on
EAS (the sending key is the issuer and must be trusted for the schema), and writes the
holder's credential file (--out FILE; with --csv, one FILE per holder in --out DIR, named
after the holder's address). Give the file to the holder only: it holds the facts.

An issuer's key without gas issues by delegation: it signs each attestation (EAS's EIP-712
delegated attest) and the relayer (--relayer URL) sends them and pays the gas; the attester
on chain is still the issuer. That happens by itself when a relayer is configured and the
key cannot pay, or always with --delegated.`,
				Action: issue,
			},
			{Name: "revoke", Usage: "revoke credential UID (its issuer only)", ArgsUsage: "UID", Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: revoke},
			{Name: "show", Usage: "show credential UID (or a credential FILE) as the chain has it", ArgsUsage: "UID|FILE", Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: show},
			{
				Name: "present", Usage: "holder: show some fields of your credential FILEs, signed for a verifier's challenge",
				ArgsUsage: "FILE...", Flags: []cli.Flag{FieldFlag, AudienceFlag, ChallengeFlag, OutFlag},
				Action: present,
			},
			{
				Name: "challenge", Usage: "verifier: issue a fresh challenge for --audience", ArgsUsage: " ",
				Flags: []cli.Flag{AudienceFlag, ChallengesFlag}, Action: newChallenge,
			},
			{
				Name: "check", Usage: "verifier: check a presentation FILE against --policy", ArgsUsage: "FILE",
				Flags:  []cli.Flag{PolicyFlag, ChallengesFlag, cmdkit.AddressBookFlag},
				Action: check,
			},
		},
	}
}

// challengeTTL is how long a verifier's challenge may wait for its presentation.
const challengeTTL = 10 * time.Minute

// schemaUID resolves --schema: a UID, or a name under the deployed resolver.
func schemaUID(c *cli.Context, g *cmdkit.Globals) (common.Hash, string, error) {
	return ResolveSchema(c, g, SchemaFlag.Name, c.String(SchemaFlag.Name))
}

// ResolveSchema reads s, the value of --flag, as a schema UID (0x…) or a credential name
// registered with the city's resolver, and returns the UID and the name ("" for a UID).
func ResolveSchema(c *cli.Context, g *cmdkit.Globals, flag, s string) (common.Hash, string, error) {
	if s == "" {
		return common.Hash{}, "", cmdkit.Usagef("--%s: a credential name (e.g. residence) or a schema UID is required", flag)
	}
	if strings.HasPrefix(s, "0x") {
		if len(s) != 66 {
			return common.Hash{}, "", cmdkit.Usagef("--%s %q: a UID is 32 bytes of hex", flag, s)
		}
		return common.HexToHash(s), "", nil
	}
	if !identifier.MatchString(s) {
		return common.Hash{}, "", cmdkit.Usagef("--%s %q: a name is letters, digits and _", flag, s)
	}
	resolver, err := cmdkit.ContractAddress(c, g, deploy.CredResolver)
	if err != nil {
		return common.Hash{}, "", err
	}
	return SchemaUID(s, resolver), s, nil
}

func schemaRegister(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "NAME"); err != nil {
		return err
	}
	name := c.Args().First()
	if !identifier.MatchString(name) {
		return cmdkit.Usagef("NAME %q: letters, digits and _ (it becomes the schema %q)", name, SchemaString(name))
	}
	return cmdkit.With(c, deploy.SchemaRegistry, registryABI(), func(tx *cmdkit.Tx) error {
		resolver, err := cmdkit.ContractAddress(c, tx.G, deploy.CredResolver)
		if err != nil {
			return err
		}
		uid := SchemaUID(name, resolver)
		reg, err := schemaregistry.NewSchemaRegistryCaller(tx.To, tx.EC)
		if err != nil {
			return err
		}
		rec, err := reg.GetSchema(cmdkit.CallOpts(c), uid)
		if err != nil {
			return fmt.Errorf("read schema %s: %w", uid.Hex(), err)
		}
		if rec.Uid == uid {
			return tx.NothingSent(c, fmt.Sprintf("Schema %s (%q) is already registered", uid.Hex(), SchemaString(name)), map[string]any{"uid": uid})
		}
		return tx.Send(c, fmt.Sprintf("register schema %s (%q)", uid.Hex(), SchemaString(name)), "register", SchemaString(name), resolver, true)
	})
}

func schemaList(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	r, err := cmdkit.OpenReader(c, deploy.SchemaRegistry)
	if err != nil {
		return err
	}
	defer r.Close()
	resolver, err := cmdkit.ContractAddress(c, r.G, deploy.CredResolver)
	if err != nil {
		return err
	}
	f, err := schemaregistry.NewSchemaRegistryFilterer(r.Addr, r.EC)
	if err != nil {
		return err
	}
	it, err := f.FilterRegistered(&bind.FilterOpts{Context: c.Context}, nil, nil)
	if err != nil {
		return fmt.Errorf("read registered schemas: %w", err)
	}
	defer it.Close()
	res, err := trustedissuerresolver.NewTrustedIssuerResolverCaller(resolver, r.EC)
	if err != nil {
		return err
	}
	type row struct {
		UID     common.Hash      `json:"uid"`
		Schema  string           `json:"schema"`
		Issuers []common.Address `json:"issuers"`
	}
	rows := []row{}
	for it.Next() {
		if it.Event.Schema.Resolver != resolver {
			continue // not a city schema
		}
		iss, err := res.Issuers(cmdkit.CallOpts(c), it.Event.Uid)
		if err != nil {
			return fmt.Errorf("read issuers: %w", err)
		}
		rows = append(rows, row{it.Event.Uid, it.Event.Schema.Schema, iss})
	}
	if err := it.Error(); err != nil {
		return err
	}
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, rows)
	}
	t := &cmdkit.Table{}
	t.Add("UID", "SCHEMA", "ISSUERS")
	for _, x := range rows {
		t.Add(x.UID.Hex(), x.Schema, len(x.Issuers))
	}
	return t.Write(c.App.Writer)
}

func issuerChange(c *cli.Context, method, action string) error {
	issuer, err := cmdkit.AddressArg(c, "ISSUER")
	if err != nil {
		return err
	}
	g, err := cmdkit.ReadGlobals(c)
	if err != nil {
		return err
	}
	uid, name, err := schemaUID(c, g)
	if err != nil {
		return err
	}
	if name == "" {
		name = uid.Hex()
	}
	return cmdkit.Send(c, deploy.CredResolver, resolverABI(), fmt.Sprintf(action, issuer.Hex(), name), method, uid, issuer)
}

func issuerList(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	r, err := cmdkit.OpenReader(c, deploy.CredResolver)
	if err != nil {
		return err
	}
	defer r.Close()
	uid, _, err := schemaUID(c, r.G)
	if err != nil {
		return err
	}
	res, err := trustedissuerresolver.NewTrustedIssuerResolverCaller(r.Addr, r.EC)
	if err != nil {
		return err
	}
	iss, err := res.Issuers(cmdkit.CallOpts(c), uid)
	if err != nil {
		return fmt.Errorf("read issuers of %s: %w", uid.Hex(), err)
	}
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"schema": uid, "issuers": iss})
	}
	if len(iss) == 0 {
		_, err := fmt.Fprintf(c.App.Writer, "No issuer is trusted for %s.\n", uid.Hex())
		return err
	}
	for _, a := range iss {
		fmt.Fprintln(c.App.Writer, a.Hex())
	}
	return nil
}

// pending is one credential to issue.
type pending struct {
	holder common.Address
	fields []Field
	root   common.Hash
	out    string
}

func parseFieldFlags(list []string) (map[string]string, error) {
	values := map[string]string{}
	for _, kv := range list {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || !identifier.MatchString(k) {
			return nil, cmdkit.Usagef("--field %q: want NAME=VALUE", kv)
		}
		if _, dup := values[k]; dup {
			return nil, cmdkit.Usagef("--field %s given twice", k)
		}
		values[k] = v
	}
	return values, nil
}

func newPending(holder common.Address, values map[string]string, out string) (*pending, error) {
	fields, err := NewFields(values)
	if err != nil {
		return nil, err
	}
	t, err := NewTree(fields)
	if err != nil {
		return nil, err
	}
	return &pending{holder: holder, fields: fields, root: t.Root(), out: out}, nil
}

func hashArg(c *cli.Context, name string) (common.Hash, error) {
	if err := cmdkit.ExactArgs(c, name); err != nil {
		return common.Hash{}, err
	}
	s := c.Args().First()
	if !strings.HasPrefix(s, "0x") || len(s) != 66 {
		return common.Hash{}, cmdkit.Usagef("%s %q: 32 bytes of hex", name, s)
	}
	return common.HexToHash(s), nil
}

func revoke(c *cli.Context) error {
	uid, err := hashArg(c, "UID")
	if err != nil {
		return err
	}
	return cmdkit.With(c, deploy.EAS, easABI(), func(tx *cmdkit.Tx) error {
		ch, err := NewEASChain(tx.EC, tx.To, common.Address{})
		if err != nil {
			return err
		}
		a, err := ch.Attestation(c.Context, uid)
		if err != nil {
			return err
		}
		if a.Revocation != 0 {
			return tx.NothingSent(c, fmt.Sprintf("Credential %s was already revoked at %s", uid.Hex(), stamp(a.Revocation)), map[string]any{"uid": uid})
		}
		req := eas.RevocationRequest{Schema: a.Schema, Data: eas.RevocationRequestData{Uid: uid, Value: common.Big0}}
		return tx.Send(c, "revoke credential "+uid.Hex(), "revoke", req)
	})
}

func show(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "UID|FILE"); err != nil {
		return err
	}
	arg := c.Args().First()
	var file *Credential
	uid := common.HexToHash(arg)
	if !strings.HasPrefix(arg, "0x") {
		cr, err := ReadCredential(arg)
		if err != nil {
			return err
		}
		file, uid = cr, cr.UID
	}
	r, ch, err := openChain(c)
	if err != nil {
		return err
	}
	defer r.Close()
	a, err := ch.Attestation(c.Context, uid)
	if err != nil {
		return err
	}
	trusted, err := ch.Trusted(c.Context, a.Schema, a.Attester)
	if err != nil {
		return err
	}
	status := "valid"
	switch {
	case a.Revocation != 0:
		status = "revoked at " + stamp(a.Revocation)
	case a.Expiration != 0 && a.Expiration <= uint64(time.Now().Unix()):
		status = "expired at " + stamp(a.Expiration)
	}
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"attestation": a, "issuerTrusted": trusted, "status": status})
	}
	pairs := [][2]string{{"UID", a.UID.Hex()}, {"Schema", a.Schema.Hex()}, {"Issuer", fmt.Sprintf("%s (trusted now: %v)", a.Attester.Hex(), trusted)},
		{"Holder", a.Recipient.Hex()}, {"Expires", stamp(a.Expiration)}, {"Status", status}, {"Commitment", common.BytesToHash(a.Data).Hex()}}
	if file != nil {
		names := make([]string, len(file.Fields))
		for i, f := range file.Fields {
			names[i] = f.Name
		}
		match := "matches the chain"
		if file.Root != common.BytesToHash(a.Data) || file.Holder != a.Recipient {
			match = "DOES NOT match the chain"
		}
		pairs = append(pairs, [2]string{"File", fmt.Sprintf("%s; fields %s", match, strings.Join(names, ", "))})
	}
	return cmdkit.KeyValues(c.App.Writer, pairs...)
}

func present(c *cli.Context) error {
	if c.NArg() == 0 {
		return cmdkit.Usagef("give your credential FILEs")
	}
	if err := cmdkit.CheckArgs(c, "FILE..."); err != nil {
		return err
	}
	audience, err := cmdkit.RequireFlag(c, AudienceFlag)
	if err != nil {
		return err
	}
	chText, err := cmdkit.RequireFlag(c, ChallengeFlag)
	if err != nil {
		return err
	}
	if !strings.HasPrefix(chText, "0x") || len(chText) != 66 {
		return cmdkit.Usagef("--challenge %q: 32 bytes of hex, as the verifier gave it", chText)
	}
	pick := c.StringSlice(FieldFlag.Name)
	if len(pick) == 0 {
		return cmdkit.Usagef("--field: name the fields to show, e.g. --field residence.birthDate")
	}
	var creds []*Credential
	for _, path := range c.Args().Slice() {
		cr, err := ReadCredential(path)
		if err != nil {
			return &cmdkit.UsageError{Err: err}
		}
		creds = append(creds, cr)
	}
	g, err := cmdkit.ReadGlobals(c)
	if err != nil {
		return err
	}
	key, err := g.LoadKey()
	if err != nil {
		return err
	}
	p, err := Present(creds, pick, audience, common.HexToHash(chText), uint64(time.Now().Unix()), key.PrivateKey)
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	out := c.String(OutFlag.Name)
	if out == "." {
		out = "presentation.json"
	}
	if err := WriteJSON(out, p); err != nil {
		return err
	}
	_, err = fmt.Fprintf(c.App.Writer, "Wrote %s: %d field(s) for %q; nothing else of your credentials is in it.\n", out, len(pick), audience)
	return err
}

func newChallenge(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	audience, err := cmdkit.RequireFlag(c, AudienceFlag)
	if err != nil {
		return err
	}
	path := c.String(ChallengesFlag.Name)
	store, err := LoadChallenges(path, challengeTTL)
	if err != nil {
		return err
	}
	h, err := store.Issue(audience, time.Now())
	if err != nil {
		return err
	}
	if err := store.Save(path); err != nil {
		return err
	}
	_, err = fmt.Fprintln(c.App.Writer, h.Hex())
	return err
}

// openChain opens a reader of EAS and the city's resolver; the caller closes it.
func openChain(c *cli.Context) (*cmdkit.Reader, *EASChain, error) {
	r, err := cmdkit.OpenReader(c, deploy.EAS)
	if err != nil {
		return nil, nil, err
	}
	resolver, err := cmdkit.ContractAddress(c, r.G, deploy.CredResolver)
	if err == nil {
		var ch *EASChain
		if ch, err = NewEASChain(r.EC, r.Addr, resolver); err == nil {
			return r, ch, nil
		}
	}
	r.Close()
	return nil, nil, err
}

// ErrNotEligible is returned (exit 1) after a verdict that refuses.
var ErrNotEligible = errors.New("not eligible")

func check(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "FILE"); err != nil {
		return err
	}
	policyPath, err := cmdkit.RequireFlag(c, PolicyFlag)
	if err != nil {
		return err
	}
	pol, err := ReadPolicy(policyPath)
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	p, err := ReadPresentation(c.Args().First())
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	path := c.String(ChallengesFlag.Name)
	store, err := LoadChallenges(path, challengeTTL)
	if err != nil {
		return err
	}
	r, ch, err := openChain(c)
	if err != nil {
		return err
	}
	defer r.Close()
	chainID, err := r.EC.ChainID(c.Context)
	if err != nil {
		return err
	}
	v := &Verifier{Chain: ch, Challenges: store, ChainID: chainID.Uint64(), EAS: r.Addr}
	verdict, err := v.Check(c.Context, p, pol, time.Now())
	if err != nil {
		return err
	}
	if err := store.Save(path); err != nil { // the challenge is spent, eligible or not
		return err
	}
	if r.G.JSON {
		if err := cmdkit.PrintJSON(c.App.Writer, verdict); err != nil {
			return err
		}
	} else {
		t := &cmdkit.Table{}
		t.Add("CHECK", "RESULT", "REASON")
		for _, x := range verdict.Checks {
			t.Add(x.Check, map[bool]string{true: "pass", false: "FAIL"}[x.Pass], x.Reason)
		}
		if err := t.Write(c.App.Writer); err != nil {
			return err
		}
		fmt.Fprintf(c.App.Writer, "%s: %s\n", pol.Name, map[bool]string{true: "ELIGIBLE", false: "NOT ELIGIBLE"}[verdict.Eligible])
	}
	if !verdict.Eligible {
		var failed []string
		for _, x := range verdict.Checks {
			if !x.Pass {
				failed = append(failed, x.Check)
			}
		}
		sort.Strings(failed)
		return fmt.Errorf("%w for %s: %s", ErrNotEligible, pol.Name, strings.Join(failed, "; "))
	}
	return nil
}

package cli

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/wallet"
)

func accountCommand() *cli.Command {
	return &cli.Command{
		Name:  "account",
		Usage: "create, list and import keys in a geth keystore directory (--keystore)",
		Description: `Keys are geth keystore files: geth, Clef and wallets read them. The password comes from
--password-file, else $` + cmdkit.PasswordEnv + `, else a prompt (asked twice for a new key);
never from a flag. A private key is imported from a FILE, never from a flag value.`,
		Subcommands: []*cli.Command{
			{Name: "new", Usage: "create a key in the --keystore directory", ArgsUsage: " ", Flags: []cli.Flag{LightKDFFlag}, Action: accountNew},
			{Name: "list", Usage: "list the keys in the --keystore directory (with --devnet and no --keystore: the devnet's own keys, staff, relayer and signers, with their files)", ArgsUsage: " ", Action: accountList},
			{Name: "import", Usage: "encrypt the hex private key held in FILE into the --keystore directory", ArgsUsage: "FILE", Flags: []cli.Flag{LightKDFFlag}, Action: accountImport},
		},
	}
}

// keystoreDir is the --keystore directory the account commands work in.
func keystoreDir(c *cli.Context, create bool) (string, error) {
	dir := c.String(cmdkit.KeystoreFlag.Name)
	if dir == "" {
		return "", cmdkit.Usagef("no keystore: pass --keystore DIR (created if missing)")
	}
	st, err := os.Stat(dir)
	switch {
	case err == nil && !st.IsDir():
		return "", cmdkit.Usagef("--keystore %s is a file: the account commands take a directory", dir)
	case errors.Is(err, os.ErrNotExist) && create:
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return "", fmt.Errorf("create keystore %s: %w", dir, err)
		}
	case err != nil:
		return "", cmdkit.Usagef("keystore %s: %w", dir, err)
	}
	return dir, nil
}

// newPassword reads the password of a key being created: from the file or variable, or a
// prompt asked twice, since a mistyped password would lock the key away.
func newPassword(c *cli.Context) (string, error) {
	src := wallet.PasswordSource{File: c.String(cmdkit.PasswordFileFlag.Name), Env: cmdkit.PasswordEnv, Prompt: "Password for the new key: "}
	_, inEnv := os.LookupEnv(cmdkit.PasswordEnv)
	if src.File != "" || inEnv || !term.IsTerminal(int(os.Stdin.Fd())) {
		pw, err := src.Read()
		if errors.Is(err, wallet.ErrNoPassword) {
			return "", &cmdkit.UsageError{Err: err}
		}
		return pw, err
	}
	pw, err := src.Read()
	if err != nil {
		return "", err
	}
	again, err := wallet.PasswordSource{Prompt: "Repeat the password: "}.Read()
	if err != nil {
		return "", err
	}
	if pw != again {
		return "", cmdkit.Usagef("the passwords differ: nothing created")
	}
	return pw, nil
}

func scrypt(c *cli.Context) (n, p int) {
	if c.Bool(LightKDFFlag.Name) {
		return keystore.LightScryptN, keystore.LightScryptP
	}
	return keystore.StandardScryptN, keystore.StandardScryptP
}

func accountNew(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	dir, err := keystoreDir(c, true)
	if err != nil {
		return err
	}
	pw, err := newPassword(c)
	if err != nil {
		return err
	}
	n, p := scrypt(c)
	acct, err := keystore.StoreKey(dir, pw, n, p)
	if err != nil {
		return fmt.Errorf("create key in %s: %w", dir, err)
	}
	return printAccount(c, "Created", acct.Address, acct.URL.Path)
}

func accountImport(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "FILE"); err != nil {
		return err
	}
	file := c.Args().First()
	data, err := os.ReadFile(file)
	if err != nil {
		return cmdkit.Usagef("read the key file: %w", err)
	}
	// The error names the file, never its content: it is a private key.
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(data)), "0x"))
	if err != nil {
		return cmdkit.Usagef("%s does not hold a private key: want 64 hex digits (0x optional) on one line", file)
	}
	dir, err := keystoreDir(c, true)
	if err != nil {
		return err
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if existing, err := wallet.FindKeyFile(dir, addr); err == nil {
		if a, _ := wallet.KeyFileAddress(existing); a == addr {
			return cmdkit.Usagef("%s is already in %s (%s): nothing imported", addr.Hex(), dir, existing)
		}
	}
	pw, err := newPassword(c)
	if err != nil {
		return err
	}
	n, p := scrypt(c)
	acct, err := keystore.NewKeyStore(dir, n, p).ImportECDSA(key, pw)
	if err != nil {
		return fmt.Errorf("import into %s: %w", dir, err)
	}
	return printAccount(c, "Imported", acct.Address, acct.URL.Path)
}

func printAccount(c *cli.Context, verb string, addr common.Address, file string) error {
	if c.Bool(cmdkit.JSONFlag.Name) {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"address": addr, "file": file})
	}
	_, err := fmt.Fprintf(c.App.Writer, "%s %s\n  Key file: %s\n  Send from it with: --keystore %s --from %s\n", verb, addr.Hex(), file, filepath.Dir(file), addr.Hex())
	return err
}

func accountList(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	if !c.IsSet(cmdkit.KeystoreFlag.Name) && c.String(cmdkit.DevnetFlag.Name) != "" {
		return devnetAccounts(c)
	}
	dir, err := keystoreDir(c, false)
	if err != nil {
		return err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("keystore %s: %w", dir, err)
	}
	type row struct {
		Address common.Address `json:"address"`
		File    string         `json:"file"`
	}
	rows := []row{}
	for _, e := range entries {
		file := filepath.Join(dir, e.Name())
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if a, err := wallet.KeyFileAddress(file); err == nil {
			rows = append(rows, row{a, file})
		}
	}
	if c.Bool(cmdkit.JSONFlag.Name) {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"accounts": rows})
	}
	if len(rows) == 0 {
		_, err := fmt.Fprintf(c.App.Writer, "No keys in %s: create one with 'seoulchain --keystore %s account new'\n", dir, dir)
		return err
	}
	t := &cmdkit.Table{}
	t.Add("#", "ADDRESS", "FILE")
	for i, r := range rows {
		t.Add(i, r.Address.Hex(), r.File)
	}
	return t.Write(c.App.Writer)
}

// devnetFund sends gas from a devnet's staff account to a test key.
// plainEther is an ether amount for JSON: a decimal string without separators.
func plainEther(wei *big.Int) string {
	return strings.ReplaceAll(amount.Format(wei, amount.Ether), ",", "")
}

// devnetAccounts lists a devnet's own keys (account list with --devnet and no --keystore):
// the staff account, the relayer's hot keys and the signers, with their key and password
// files, so that a test script can use them with --keystore and --password-file.
func devnetAccounts(c *cli.Context) error {
	g, err := cmdkit.ReadGlobals(c)
	if err != nil {
		return err
	}
	type row struct {
		Role         string         `json:"role"`
		Address      common.Address `json:"address"`
		File         string         `json:"file"`
		PasswordFile string         `json:"passwordFile"`
	}
	info := g.Devnet
	rows := []row{{"staff", info.Staff.Address, info.Staff.Keystore, info.Staff.PasswordFile}}
	if info.Relayer.Keystore != "" {
		rows = append(rows, row{"relayer", info.Relayer.Address, info.Relayer.Keystore, info.Relayer.PasswordFile})
	}
	for i, a := range info.RelayerHot {
		rows = append(rows, row{fmt.Sprintf("relayer %d", i+2), a.Address, a.Keystore, a.PasswordFile})
	}
	for _, n := range info.Nodes {
		rows = append(rows, row{"signer " + n.Name, n.Signer.Address, n.Signer.Keystore, n.Signer.PasswordFile})
	}
	if g.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"accounts": rows})
	}
	t := &cmdkit.Table{}
	t.Add("ROLE", "ADDRESS", "FILE")
	for _, r := range rows {
		t.Add(r.Role, r.Address.Hex(), r.File)
	}
	return t.Write(c.App.Writer)
}

package wallet

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/term"
)

var (
	// ErrNoPassword is returned when no password source is given and there is no terminal.
	ErrNoPassword = errors.New("no password")
	// ErrWrongPassword is returned when the password does not decrypt the key.
	ErrWrongPassword = errors.New("wrong password")
	// ErrKeyNotFound is returned when a keystore directory has no key for the address.
	ErrKeyNotFound = errors.New("key not found")
	// ErrAmbiguous is returned when a keystore directory holds several keys and none is chosen.
	ErrAmbiguous = errors.New("several keys, none chosen")
)

// PasswordSource says where a password comes from, in order: File, then the environment
// variable Env, then a prompt on the terminal.
type PasswordSource struct {
	File   string
	Env    string
	Prompt string
}

// Read returns the password. A trailing newline in a file is not part of the password,
// as with geth's --password.
func (s PasswordSource) Read() (string, error) {
	if s.File != "" {
		data, err := os.ReadFile(s.File)
		if err != nil {
			return "", fmt.Errorf("read password file %s: %w", s.File, err)
		}
		return strings.TrimRight(string(data), "\r\n"), nil
	}
	if s.Env != "" {
		if v, ok := os.LookupEnv(s.Env); ok {
			return v, nil
		}
	}
	if term.IsTerminal(int(os.Stdin.Fd())) {
		prompt := s.Prompt
		if prompt == "" {
			prompt = "Password: "
		}
		fmt.Fprint(os.Stderr, prompt)
		pw, err := term.ReadPassword(int(os.Stdin.Fd()))
		fmt.Fprintln(os.Stderr)
		if err != nil {
			return "", fmt.Errorf("read password from terminal: %w", err)
		}
		return string(pw), nil
	}
	hint := "pass --password-file FILE"
	if s.Env != "" {
		hint += " or set " + s.Env
	}
	return "", fmt.Errorf("%w: %s", ErrNoPassword, hint)
}

// FindKeyFile resolves path to one keystore file: path itself if it is a file, or the
// file for address from in the directory path (any key when the directory holds just one
// and from is zero).
func FindKeyFile(path string, from common.Address) (string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return "", fmt.Errorf("keystore %s: %w", path, err)
	}
	if !st.IsDir() {
		return path, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return "", fmt.Errorf("keystore %s: %w", path, err)
	}
	var matches, all []string
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		file := filepath.Join(path, e.Name())
		addr, err := KeyFileAddress(file)
		if err != nil {
			continue // not a key; keystore directories may hold other files
		}
		all = append(all, file)
		if addr == from {
			matches = append(matches, file)
		}
	}
	switch {
	case from != (common.Address{}) && len(matches) > 0:
		return matches[0], nil
	case from != (common.Address{}):
		return "", fmt.Errorf("%w: no key for %s in keystore %s (check --from and --keystore)", ErrKeyNotFound, from.Hex(), path)
	case len(all) == 1:
		return all[0], nil
	case len(all) == 0:
		return "", fmt.Errorf("%w: keystore %s holds no key files", ErrKeyNotFound, path)
	default:
		return "", fmt.Errorf("%w: keystore %s holds %d keys: choose one with --from ADDRESS", ErrAmbiguous, path, len(all))
	}
}

// KeyFileAddress reads the address a keystore file records, without decrypting it.
func KeyFileAddress(path string) (common.Address, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return common.Address{}, fmt.Errorf("keystore file %s does not exist", path)
	}
	if err != nil {
		return common.Address{}, fmt.Errorf("read keystore file %s: %w", path, err)
	}
	var k struct {
		Address string `json:"address"`
	}
	if err := json.Unmarshal(data, &k); err != nil || !common.IsHexAddress(k.Address) {
		return common.Address{}, fmt.Errorf("%s is not a geth keystore file (no address field)", path)
	}
	return common.HexToAddress(k.Address), nil
}

// LoadKey decrypts the keystore file at path with password.
func LoadKey(path, password string) (*keystore.Key, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read keystore file %s: %w", path, err)
	}
	key, err := keystore.DecryptKey(data, password)
	if errors.Is(err, keystore.ErrDecrypt) {
		return nil, fmt.Errorf("%w for keystore file %s (check the password file or variable)", ErrWrongPassword, path)
	}
	if err != nil {
		return nil, fmt.Errorf("decrypt keystore file %s: %w", path, err)
	}
	return key, nil
}

// NewKey creates a key in dir, encrypted with password. light uses geth's light scrypt
// parameters, for throw-away local keys that unlock fast; keys that guard anything use the
// standard ones.
func NewKey(dir, password string, light bool) (common.Address, string, error) {
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if light {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	acct, err := keystore.StoreKey(dir, password, n, p)
	if err != nil {
		return common.Address{}, "", fmt.Errorf("create key in %s: %w", dir, err)
	}
	return acct.Address, acct.URL.Path, nil
}

package wallet

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestPasswordSources(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "pw")
	os.WriteFile(file, []byte("from-file\n"), 0o600)
	t.Setenv("TEST_WALLET_PW", "from-env")
	tests := []struct {
		name string
		src  PasswordSource
		want string
		err  error
	}{
		{"file wins and loses its newline", PasswordSource{File: file, Env: "TEST_WALLET_PW"}, "from-file", nil},
		{"environment", PasswordSource{Env: "TEST_WALLET_PW"}, "from-env", nil},
		{"nothing and no terminal", PasswordSource{Env: "TEST_WALLET_UNSET"}, "", ErrNoPassword},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.src.Read()
			if !errors.Is(err, tt.err) || got != tt.want {
				t.Fatalf("Read() = %q, %v; want %q, %v", got, err, tt.want, tt.err)
			}
		})
	}
	if _, err := (PasswordSource{File: filepath.Join(dir, "missing")}).Read(); err == nil {
		t.Fatal("a missing password file was accepted")
	}
}

func TestKeysFindAndUnlock(t *testing.T) {
	dir := t.TempDir()
	a, fileA, err := NewKey(dir, "secret-a", true)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := FindKeyFile(dir, common.Address{}); err != nil || got != fileA {
		t.Fatalf("one key, no --from: %q, %v", got, err)
	}
	b, fileB, _ := NewKey(dir, "secret-b", true)
	os.WriteFile(filepath.Join(dir, "README"), []byte("not a key"), 0o644)
	if _, err := FindKeyFile(dir, common.Address{}); !errors.Is(err, ErrAmbiguous) {
		t.Fatalf("two keys, no --from: %v, want ErrAmbiguous", err)
	}
	if got, err := FindKeyFile(dir, b); err != nil || got != fileB {
		t.Fatalf("--from b: %q, %v", got, err)
	}
	if _, err := FindKeyFile(dir, common.HexToAddress("0x01")); !errors.Is(err, ErrKeyNotFound) {
		t.Fatalf("unknown --from: %v", err)
	}
	if got, err := FindKeyFile(fileA, common.Address{}); err != nil || got != fileA {
		t.Fatalf("a file path: %q, %v", got, err)
	}
	key, err := LoadKey(fileA, "secret-a")
	if err != nil || crypto.PubkeyToAddress(key.PrivateKey.PublicKey) != a {
		t.Fatalf("LoadKey: %v", err)
	}
	_, err = LoadKey(fileA, "guess")
	if !errors.Is(err, ErrWrongPassword) || strings.Contains(err.Error(), "guess") {
		t.Fatalf("wrong password: %v (must not echo the password)", err)
	}
	if _, err := KeyFileAddress(filepath.Join(dir, "README")); err == nil {
		t.Fatal("a non-key file was read as a key")
	}
}

package forwarder

import (
	"bytes"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

var testDomain = Domain{ChainID: big.NewInt(820001), Forwarder: common.HexToAddress("0xa94992ca27728193AeB569d0AF8D7b69CBc0eE80")}

func testRequest(from common.Address) Request {
	return Request{From: from, To: common.HexToAddress("0x23c8a260822711811e71d1bEb72728C2d6d9B1b6"), Value: big.NewInt(0),
		Gas: big.NewInt(200_000), Nonce: big.NewInt(3), Deadline: 1_900_000_000, Data: hexutil.MustDecode("0xa9059cbb00000000000000000000000000000000000000000000000000000000000054090000000000000000000000000000000000000000000000000000000000000064")}
}

func TestSignVerify(t *testing.T) {
	key, _ := crypto.GenerateKey()
	r := testRequest(crypto.PubkeyToAddress(key.PublicKey))
	sig, err := testDomain.Sign(r, key)
	if err != nil {
		t.Fatal(err)
	}
	if err := testDomain.Verify(r, sig); err != nil {
		t.Fatalf("own signature refused: %v", err)
	}
	for name, bad := range map[string]func() (Request, []byte){
		"another nonce":  func() (Request, []byte) { x := r; x.Nonce = big.NewInt(4); return x, sig },
		"another signer": func() (Request, []byte) { x := r; x.From = common.HexToAddress("0x1"); return x, sig },
		"short":          func() (Request, []byte) { return r, sig[:64] },
		// The same signature in its other valid form (n - s, v flipped): ecrecover accepts
		// it, OpenZeppelin's ECDSA does not.
		"high s":  func() (Request, []byte) { return r, malleate(sig) },
		"v of 0":  func() (Request, []byte) { x := bytes.Clone(sig); x[64] -= 27; return r, x },
		"v of 29": func() (Request, []byte) { x := bytes.Clone(sig); x[64] = 29; return r, x },
	} {
		req, s := bad()
		if err := testDomain.Verify(req, s); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// malleate is sig with s replaced by n - s and v flipped: the other signature ecrecover
// maps to the same signer.
func malleate(sig []byte) []byte {
	x := bytes.Clone(sig)
	s := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(x[32:64]))
	s.FillBytes(x[32:64])
	x[64] = 27 + 28 - x[64]
	return x
}

// TestEthersSignatureAccepted signs the request with ethers.js (contracts/node_modules), as
// a wallet app would with signTypedData, and checks that it verifies and is the very
// signature this package makes (both use deterministic RFC 6979 nonces).
func TestEthersSignatureAccepted(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("node is not installed; CI must have it")
		}
		t.Skip("node is not installed")
	}
	if _, err := os.Stat("../../contracts/node_modules/ethers"); err != nil {
		t.Fatal("contracts/node_modules/ethers is missing: run `make test` (it runs npm ci)")
	}
	key, _ := crypto.GenerateKey()
	r := testRequest(crypto.PubkeyToAddress(key.PublicKey))
	td := testDomain.TypedData(r)
	types := map[string]any{"ForwardRequest": td.Types["ForwardRequest"]}
	in, _ := json.Marshal(map[string]any{
		"domain":  map[string]any{"name": DomainName, "version": DomainVersion, "chainId": testDomain.ChainID.String(), "verifyingContract": testDomain.Forwarder.Hex()},
		"types":   types,
		"message": td.Message,
	})
	cmd := exec.Command("node", "scripts/sign-typed-data.js")
	cmd.Dir = "../../contracts"
	cmd.Env = append(os.Environ(), "SIGNER_KEY="+hexutil.Encode(crypto.FromECDSA(key)))
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("ethers: %v\n%s", err, stderr.String())
	}
	sig, err := hexutil.Decode(strings.TrimSpace(string(out)))
	if err != nil {
		t.Fatalf("ethers printed %q", out)
	}
	if err := testDomain.Verify(r, sig); err != nil {
		t.Fatalf("ethers' signature refused: %v", err)
	}
	own, _ := testDomain.Sign(r, key)
	if !bytes.Equal(own, sig) {
		t.Fatalf("ethers signed %x, this package %x", sig, own)
	}
}

// TestHashIsGoEthereumsTypedDataHash: the direct encoding gives go-ethereum's EIP-712
// digest of the same typed data (what wallets sign), for requests of every shape, and
// refuses what does not fit the types as it does.
func TestHashIsGoEthereumsTypedDataHash(t *testing.T) {
	d := Domain{ChainID: big.NewInt(31337), Forwarder: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	huge := new(big.Int).Lsh(big.NewInt(1), 255)
	for i, r := range []Request{
		{From: common.HexToAddress("0x01"), To: common.HexToAddress("0x02")},
		{From: common.HexToAddress("0xabc"), To: common.HexToAddress("0xdef"), Value: big.NewInt(0), Gas: big.NewInt(1_000_000),
			Nonce: big.NewInt(7), Deadline: 1<<48 - 1, Data: []byte{0xa9, 0x05, 0x9c, 0xbb, 1, 2, 3}},
		{From: common.HexToAddress("0xfff"), To: common.HexToAddress("0x1"), Value: huge, Gas: huge, Nonce: huge, Deadline: 1, Data: make([]byte, 1000)},
	} {
		want, _, err := apitypes.TypedDataAndHash(d.TypedData(r))
		if err != nil {
			t.Fatal(err)
		}
		if got, err := d.Hash(r); err != nil || got != common.BytesToHash(want) {
			t.Errorf("request %d: hash %x (%v), go-ethereum's %x", i, got, err, want)
		}
	}
	tooBig := new(big.Int).Lsh(big.NewInt(1), 256)
	if _, err := d.Hash(Request{Nonce: tooBig}); err == nil || !strings.Contains(err.Error(), "nonce") {
		t.Errorf("nonce 2^256: err %v, want one naming the nonce", err)
	}
	if _, err := d.Hash(Request{Deadline: 1 << 48}); err == nil || !strings.Contains(err.Error(), "deadline") {
		t.Errorf("deadline 2^48: err %v, want one naming the deadline", err)
	}
}

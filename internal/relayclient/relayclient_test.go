package relayclient_test

import (
	"context"
	"errors"
	"math/big"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/devnet/devnettest"
	"github.com/seoulchain/seoulchain/internal/relayclient"
	"github.com/seoulchain/seoulchain/services"
)

// TestAgainstTheRelayer talks to the real relayer, in process, on a devnet.
func TestAgainstTheRelayer(t *testing.T) {
	dir := t.TempDir()
	nw := devnettest.Start(t, devnettest.Config(t, dir))
	url := cmdtest.StartRelayer(t, dir, services.RelayerPlugins()...)
	ctx := context.Background()
	info := nw.Info()

	c, err := relayclient.New(url)
	if err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	fwd, err := c.Forwarder(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	scoinAddr := info.Contracts[deploy.SCoin]
	if fwd.Domain.Forwarder != info.Contracts[deploy.CityForwarder] || fwd.Domain.ChainID.Uint64() != info.ChainID || fwd.Nonce.Sign() != 0 {
		t.Fatalf("forwarder %+v, want CityForwarder %s on chain %d, nonce 0", fwd, info.Contracts[deploy.CityForwarder], info.ChainID)
	}
	if !fwd.Allows(scoinAddr, "pay") || fwd.Allows(scoinAddr, "redeem") || fwd.Allows(common.Address{1}, "pay") {
		t.Fatalf("allow-list %+v: want SCoin pay, not redeem, nothing at other addresses", fwd.Allow)
	}

	// A payment from a key with no points: refused before any gas, with the contract's error.
	a, _ := scoin.SCoinMetaData.GetAbi()
	data, _ := a.Pack("pay", common.Address{2}, big.NewInt(1), "O-1")
	if _, _, err := fwd.Sign(key, scoinAddr, data, 2_000_000, relayclient.DefaultValidity); err == nil || !strings.Contains(err.Error(), "more than the") {
		t.Fatalf("gas over the relayer's cap: %v", err)
	}
	req, sig, err := fwd.Sign(key, scoinAddr, data, 200_000, relayclient.DefaultValidity)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Relay(ctx, req, sig)
	var apiErr *relayclient.APIError
	if !errors.As(err, &apiErr) || apiErr.Status != http.StatusBadRequest || !strings.Contains(apiErr.Message, "SCoin") {
		t.Fatalf("relay of a payment without points: %v", err)
	}
	if _, err := c.Status(ctx, common.Hash{1}); !errors.As(err, &apiErr) || apiErr.Status != http.StatusNotFound {
		t.Fatalf("status of an unknown request: %v", err)
	}

	down, _ := relayclient.New("http://127.0.0.1:1")
	if _, err := down.Forwarder(ctx, from); !errors.Is(err, relayclient.ErrUnreachable) {
		t.Fatalf("a relayer that does not answer: %v", err)
	}
	if _, err := relayclient.New("127.0.0.1:8600"); err == nil {
		t.Fatal("a URL without a scheme was accepted")
	}
}

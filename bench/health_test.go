package bench

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/healthconsent"
	"github.com/seoulchain/seoulchain/internal/chaintest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/health"
)

// healthBench: HealthConsent behind its proxy with a hospital, a clinic, an insurer and a patient.
type healthBench struct {
	city, hospital, clinic, patient, insurer *chaintest.Account
	hc                                       common.Address
	next                                     uint64
}

func newHealthBench(b *testing.B) *healthBench {
	b.Helper()
	acc := chaintest.Accounts(b, 5)
	hb := &healthBench{city: acc[0], hospital: acc[1], clinic: acc[2], patient: acc[3], insurer: acc[4]}
	hb.hc = hb.city.Deploy(deploy.HealthConsent)[deploy.HealthConsent]
	hb.city.Must(hb.hc, healthABI(), "addProvider", hb.hospital.Addr(), uint8(1))
	hb.city.Must(hb.hc, healthABI(), "addProvider", hb.clinic.Addr(), uint8(2))
	hb.city.Must(hb.hc, healthABI(), "addProvider", hb.insurer.Addr(), uint8(4))
	return hb
}

func healthABI() *abi.ABI { a, _ := healthconsent.HealthConsentMetaData.GetAbi(); return a }

// record is a new record's content and hash.
func (hb *healthBench) record() ([]byte, common.Hash) {
	hb.next++
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], hb.next)
	content := append([]byte("DICM bench record "), b[:]...)
	return content, sha256.Sum256(content)
}

// BenchmarkHealthGas reports the gas of each HealthConsent operation: an anchor alone and
// per record in a hospital's day batched (100 and 400 records; 500 no longer fit 30M gas
// since an anchor also looks for the record among those anchored before records were keyed
// by holder), a consent by categories and
// for one record, a revocation, an access logged under a consent, a break-glass, an insurance
// claim on one record filed and decided.
func BenchmarkHealthGas(b *testing.B) {
	for i := 0; i < b.N; i++ {
		hb := newHealthBench(b)
		a, p := healthABI(), hb.patient.Addr()
		_, first := hb.record()
		gas := map[string]uint64{"anchor, one record": hb.hospital.Must(hb.hc, a, "anchor", p, first, uint8(1)).GasUsed}
		for _, n := range []int{100, 400} {
			patients, records, cats := make([]common.Address, n), make([][32]byte, n), make([]uint8, n)
			for j := range records {
				_, h := hb.record()
				patients[j], records[j], cats[j] = p, h, uint8(1+j%4)
			}
			gas[fmt.Sprintf("anchor, per record in a batch of %d", n)] = hb.hospital.Must(hb.hc, a, "anchorBatch", patients, records, cats).GasUsed / uint64(n)
		}
		until := hb.city.Now() + 30*86400
		gas["consent, by categories"] = hb.patient.Must(hb.hc, a, "grantConsent", hb.clinic.Addr(), hb.hospital.Addr(), uint8(0x1e), common.Hash{}, uint8(1), until).GasUsed
		gas["consent, one record"] = hb.patient.Must(hb.hc, a, "grantConsent", hb.clinic.Addr(), hb.hospital.Addr(), uint8(0), first, uint8(1), until).GasUsed
		gas["access under a consent"] = hb.clinic.Must(hb.hc, a, "logAccess", hb.hospital.Addr(), first, hb.clinic.Addr(), big.NewInt(1)).GasUsed
		gas["access logged by the holder's gateway"] = hb.hospital.Must(hb.hc, a, "logAccess", hb.hospital.Addr(), first, hb.clinic.Addr(), big.NewInt(1)).GasUsed
		gas["break-glass access"] = hb.clinic.Must(hb.hc, a, "breakGlass", hb.hospital.Addr(), first, uint16(1)).GasUsed
		hb.patient.Must(hb.hc, a, "grantConsent", hb.insurer.Addr(), hb.hospital.Addr(), uint8(0), first, uint8(2), until) // consent 3
		gas["claim filed, one record"] = hb.patient.Must(hb.hc, a, "fileClaim", hb.insurer.Addr(), [][32]byte{first}, []*big.Int{big.NewInt(3)}, big.NewInt(1_250_000)).GasUsed
		gas["claim decided (approved)"] = hb.insurer.Must(hb.hc, a, "decideClaim", big.NewInt(1), true, big.NewInt(1_000_000), common.Hash{1}).GasUsed
		gas["revoke a consent"] = hb.patient.Must(hb.hc, a, "revokeConsent", big.NewInt(1)).GasUsed
		if i == 0 {
			for _, k := range []string{"anchor, one record", "anchor, per record in a batch of 100", "anchor, per record in a batch of 400",
				"consent, by categories", "consent, one record", "revoke a consent", "access under a consent",
				"access logged by the holder's gateway", "break-glass access", "claim filed, one record", "claim decided (approved)"} {
				b.Logf("%-40s %8d gas", k, gas[k])
			}
		}
		b.ReportMetric(float64(gas["anchor, one record"]), "gas/anchor")
		b.ReportMetric(float64(gas["anchor, per record in a batch of 400"]), "gas/anchor-in-400")
		b.ReportMetric(float64(gas["consent, by categories"]), "gas/consent")
		b.ReportMetric(float64(gas["access under a consent"]), "gas/access")
	}
}

// BenchmarkHealthFetch reports the fetch round trips per second between two providers: the
// clinic signs a request, the hospital's gateway (HTTP on loopback) checks the consent on
// chain, logs the access in a transaction and returns the record encrypted to the clinic,
// which decrypts it and checks its hash against the anchor. The chain is go-ethereum's
// simulated backend, sealing at once: the figure is the exchange's own cost, not a
// network's block time.
func BenchmarkHealthFetch(b *testing.B) {
	hb := newHealthBench(b)
	a, p := healthABI(), hb.patient.Addr()
	store := b.TempDir()
	content, h := hb.record()
	if err := os.WriteFile(filepath.Join(store, strings.TrimPrefix(h.Hex(), "0x")), content, 0o600); err != nil {
		b.Fatal(err)
	}
	hb.hospital.Must(hb.hc, a, "anchor", p, h, uint8(1))
	hb.patient.Must(hb.hc, a, "grantConsent", hb.clinic.Addr(), hb.hospital.Addr(), uint8(1<<1), common.Hash{}, uint8(1), hb.city.Now()+86400)
	view, err := health.NewView(hb.hc, hb.city.Chain.Client())
	if err != nil {
		b.Fatal(err)
	}
	gw := &health.Gateway{View: view, Contract: hb.hc, Holder: hb.hospital.Addr(), Store: health.DirStore(store), Sender: hb.hospital.S, Now: time.Now}
	srv := httptest.NewServer(gw)
	b.Cleanup(srv.Close)
	f := &health.Fetcher{Key: hb.clinic.Key, View: view, Contract: hb.hc, Client: http.DefaultClient, Now: time.Now}
	// make bench runs each benchmark once: 100 round trips make the figure steady.
	const rounds = 100
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N*rounds; i++ {
		if _, _, err := f.Fetch(context.Background(), srv.URL, hb.hospital.Addr(), h, 1); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*rounds)/time.Since(start).Seconds(), "fetches/s")
}

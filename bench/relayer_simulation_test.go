package bench

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/chaintest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/gasmeter"
)

// BenchmarkRelaySimulation: the node time of simulating one citizen's relayed S-Coin
// payment (from the forwarder, the signer appended, 300,000 gas signed) as the relayer did,
// by eth_estimateGas, and as it does, by one eth_call through the gas meter (package
// gasmeter). Both run on go-ethereum's simulated backend in alternating rounds over the
// same 200 payments, so that other load on the machine falls on both alike.
func BenchmarkRelaySimulation(b *testing.B) {
	ctx := context.Background()
	acc := chaintest.Accounts(b, 1)[0]
	addrs := acc.Deploy(deploy.SCoin)
	sc, fwd := addrs[deploy.SCoin], addrs[deploy.CityForwarder]
	a, _ := scoin.SCoinMetaData.GetAbi()
	send := func(method string, args ...any) { acc.Must(sc, a, method, args...) }
	shop := common.HexToAddress("0x5409")
	send("addProgram", "eco", big.NewInt(1e12), []common.Address{acc.Addr()})
	send("addMerchant", shop, "stall")
	const n = 200
	credits := make([]scoin.SCoinCredit, n)
	calls := make([][]byte, n)
	for i := range credits {
		citizen := common.BigToAddress(big.NewInt(int64(0xc1000 + i)))
		credits[i] = scoin.SCoinCredit{Citizen: citizen, Amount: big.NewInt(100), RecordId: uint64(i + 1)}
		data, _ := a.Pack("pay", shop, big.NewInt(30), fmt.Sprintf("ORDER-%d", i))
		calls[i] = append(data, citizen.Bytes()...)
	}
	send("creditBatch", uint32(1), credits)

	const signed = 300_000
	rc, chain := acc.Chain.RPC(), acc.Chain
	var estimate, meter time.Duration
	var estGas, needGas uint64
	rounds := 0
	for i := 0; i < b.N; i++ {
		for r := 0; r < 3; r++ {
			rounds++
			t0 := time.Now()
			for _, c := range calls {
				g, err := chain.Client().EstimateGas(ctx, ethereum.CallMsg{From: fwd, To: &sc, Gas: signed, Data: c})
				if err != nil {
					b.Fatal(err)
				}
				estGas = g
			}
			t1 := time.Now()
			for _, c := range calls {
				m, err := gasmeter.Call(ctx, rc, fwd, sc, signed, c)
				if err != nil || !m.OK {
					b.Fatalf("%+v %v", m, err)
				}
				needGas = m.Need
			}
			estimate, meter = estimate+t1.Sub(t0), meter+time.Since(t1)
		}
	}
	per := func(d time.Duration) float64 { return float64(d.Microseconds()) / float64(rounds*n) }
	b.ReportMetric(per(estimate), "µs/estimateGas")
	b.ReportMetric(per(meter), "µs/meter-call")
	b.ReportMetric(float64(estimate)/float64(meter), "estimate/meter")
	b.ReportMetric(float64(estGas), "gas-estimated")
	b.ReportMetric(float64(needGas), "gas-needed-metered")
}

package bench

import (
	"fmt"
	"math/big"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/mvoting"
	"github.com/seoulchain/seoulchain/internal/chaintest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/voting"
)

// BenchmarkBallotGas reports the gas of a first ballot and of a replacing ballot, open and
// secret, for voter rolls of 1,000 and 1,000,000 (Merkle proofs of 10 and 20 hashes).
func BenchmarkBallotGas(b *testing.B) {
	for _, size := range []int{1_000, 1_000_000} {
		for _, secret := range []bool{false, true} {
			kind := "open"
			if secret {
				kind = "secret"
			}
			b.Run(fmt.Sprintf("roll=%d/%s", size, kind), func(b *testing.B) {
				var first, replace uint64
				for i := 0; i < b.N; i++ {
					first, replace = ballotGas(b, size, secret)
				}
				b.ReportMetric(float64(first), "gas/first-ballot")
				b.ReportMetric(float64(replace), "gas/replacing-ballot")
			})
		}
	}
}

func ballotGas(b *testing.B, size int, secret bool) (uint64, uint64) {
	b.Helper()
	acc := chaintest.Accounts(b, 1)[0]
	addrs := acc.Deploy(deploy.MVoting)
	contract := addrs[deploy.MVoting]
	mv, _ := mvoting.MVotingMetaData.GetAbi()
	voters := make([]common.Address, size)
	voters[0] = acc.Addr()
	for i := 1; i < size; i++ {
		voters[i] = common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprint(i)))[:20])
	}
	roll, err := voting.NewRoll(voters)
	if err != nil {
		b.Fatal(err)
	}
	now := acc.Now()
	e := mvoting.MVotingNewElection{Title: "bench", OptionNames: []string{"A", "B", "C", "D"}, MaxChoices: 2,
		Start: now + 10, End: now + 100_000, RollRoot: roll.Root, RollSize: uint32(size), Secret: secret}
	key, _ := voting.NewElectionKey()
	if secret {
		e.PublicKey, e.Threshold = crypto.FromECDSAPub(&key.PublicKey)[1:], 1
		e.Trustees, e.EncryptedShares = []common.Address{acc.Addr()}, [][]byte{{1}}
	}
	send := func(method string, args ...any) uint64 {
		b.Helper()
		return acc.Must(contract, mv, method, args...).GasUsed
	}
	send("create", e)
	if err := acc.Chain.AdjustTime(20 * time.Second); err != nil {
		b.Fatal(err)
	}
	p, _ := roll.Proof(acc.Addr())
	proof := make([][32]byte, len(p))
	for i, h := range p {
		proof[i] = h
	}
	id := big.NewInt(1)
	cast := func(choices ...uint8) uint64 {
		if !secret {
			return send("castOpen", id, choices, proof)
		}
		ct, err := voting.EncryptBallot(&key.PublicKey, choices, 4, 2)
		if err != nil {
			b.Fatal(err)
		}
		return send("castSecret", id, ct, proof)
	}
	return cast(0, 1), cast(2)
}

// BenchmarkSecretTally reports the time to decrypt, check and count 100,000 secret ballots.
func BenchmarkSecretTally(b *testing.B) {
	const n = 100_000
	key, _ := voting.NewElectionKey()
	ballots := make(map[string][]byte, n)
	var mu sync.Mutex
	var wg sync.WaitGroup
	workers := runtime.NumCPU()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += workers {
				ct, err := voting.EncryptBallot(&key.PublicKey, []uint8{uint8(i % 4)}, 4, 1)
				if err != nil {
					panic(err)
				}
				mu.Lock()
				ballots[fmt.Sprintf("voter%06d", i)] = ct
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	b.ResetTimer()
	var elapsed time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		t := voting.CountSecret(key, ballots, 4, 1)
		elapsed = time.Since(start)
		if t.Valid != n {
			b.Fatalf("counted %d of %d", t.Valid, n)
		}
	}
	b.ReportMetric(elapsed.Seconds(), "s/100k-ballots")
}

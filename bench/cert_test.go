package bench

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/certificateregistry"
	"github.com/seoulchain/seoulchain/internal/chaintest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/cert"
)

// certDocs are n distinct document hashes, as `cert issue` computes them from files.
func certDocs(n int) []common.Hash {
	out := make([]common.Hash, n)
	var b [8]byte
	for i := range out {
		binary.BigEndian.PutUint64(b[:], uint64(i))
		out[i] = sha256.Sum256(b[:])
	}
	return out
}

// BenchmarkCertIssue reports the gas per certificate of issuing a batch of 1, 1,000 and
// 100,000 files: one anchoring transaction whatever the size (the root only), so the gas
// per certificate falls with the batch. It also reports the time to build the batch's
// tree and every proof.
func BenchmarkCertIssue(b *testing.B) {
	for _, n := range []int{1, 1000, 100_000} {
		b.Run(fmt.Sprintf("files=%d", n), func(b *testing.B) {
			var gas uint64
			var build time.Duration
			for i := 0; i < b.N; i++ {
				acc := chaintest.Accounts(b, 1)[0]
				reg := acc.Deploy(deploy.CertRegistry)[deploy.CertRegistry]
				a, _ := certificateregistry.CertificateRegistryMetaData.GetAbi()
				acc.Must(reg, a, "addOffice", acc.Addr(), "Bench Office")
				start := time.Now()
				tree, err := cert.NewTree(certDocs(n))
				if err != nil {
					b.Fatal(err)
				}
				for _, d := range certDocs(n) {
					if _, err := tree.Proof(d); err != nil {
						b.Fatal(err)
					}
				}
				build = time.Since(start)
				gas = acc.Must(reg, a, "anchor", tree.Root(), uint64(0)).GasUsed
			}
			b.ReportMetric(float64(gas), "gas/batch")
			b.ReportMetric(float64(gas)/float64(n), "gas/certificate")
			b.ReportMetric(float64(build.Milliseconds()), "ms/tree+proofs")
		})
	}
}

// BenchmarkCertVerify reports the proofs `cert verify` checks per second against a node
// (the simulated backend): the registry's check() of a document in a batch of 1,000, then
// the office's record, as the command does after hashing the file.
func BenchmarkCertVerify(b *testing.B) {
	acc := chaintest.Accounts(b, 1)[0]
	reg := acc.Deploy(deploy.CertRegistry)[deploy.CertRegistry]
	a, _ := certificateregistry.CertificateRegistryMetaData.GetAbi()
	acc.Must(reg, a, "addOffice", acc.Addr(), "Bench Office")
	docs := certDocs(1000)
	tree, err := cert.NewTree(docs)
	if err != nil {
		b.Fatal(err)
	}
	acc.Must(reg, a, "anchor", tree.Root(), uint64(0))
	id, err := acc.Chain.Client().ChainID(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	chainID := id.Uint64()
	ch, err := cert.NewChecker(acc.S.Backend(), reg, chainID)
	if err != nil {
		b.Fatal(err)
	}
	proofs := make([]*cert.Proof, 200)
	for i := range proofs {
		p, _ := tree.Proof(docs[i])
		proofs[i] = &cert.Proof{Version: 1, DocumentHash: docs[i], Root: tree.Root(), Proof: p, Registry: reg, ChainID: chainID}
	}
	var rate float64
	for i := 0; i < b.N; i++ {
		start := time.Now()
		for _, p := range proofs {
			res, err := ch.Check(context.Background(), p.DocumentHash, p)
			if err != nil || res.Verdict != cert.Genuine {
				b.Fatalf("check: %+v %v", res, err)
			}
		}
		rate = float64(len(proofs)) / time.Since(start).Seconds()
	}
	b.ReportMetric(rate, "proofs/s")
}

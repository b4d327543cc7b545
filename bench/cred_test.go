package bench

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/eas"
	"github.com/seoulchain/seoulchain/bindings/schemaregistry"
	"github.com/seoulchain/seoulchain/bindings/trustedissuerresolver"
	"github.com/seoulchain/seoulchain/internal/chaintest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/cred"
)

// BenchmarkCredIssue reports the gas per credential of EAS multiAttest batches of 1, 100
// (and 10) through the city's trusted-issuer resolver, and credentials issued per second
// on the simulated backend (salting, committing, packing, sending and mining a batch).
// A batch of 500 is not measured because it cannot be sent: at about 168,000 gas per
// credential it needs 84M gas, over geth's 50M RPC gas cap that eth_estimateGas runs
// under on a node, so `cred issue --batch` stops at cred.MaxBatch (250); the simulated
// chain's 30M block with txsend's gas margin takes 100 but not 150.
func BenchmarkCredIssue(b *testing.B) {
	for _, size := range []int{1, 10, 100} {
		b.Run(fmt.Sprintf("batch=%d", size), func(b *testing.B) {
			acc := chaintest.Accounts(b, 1)[0]
			addrs := acc.Deploy(deploy.CredResolver)
			reg, _ := schemaregistry.SchemaRegistryMetaData.GetAbi()
			res, _ := trustedissuerresolver.TrustedIssuerResolverMetaData.GetAbi()
			easABI, _ := eas.EASMetaData.GetAbi()
			acc.Must(addrs[deploy.SchemaRegistry], reg, "register", cred.SchemaString("residence"), addrs[deploy.CredResolver], true)
			schema := cred.SchemaUID("residence", addrs[deploy.CredResolver])
			acc.Must(addrs[deploy.CredResolver], res, "addIssuer", schema, acc.Addr())
			var gas uint64
			b.ResetTimer()
			start := time.Now()
			for i := 0; i < b.N; i++ {
				gas = issueBatch(b, acc, easABI, addrs[deploy.EAS], schema, size, i)
			}
			elapsed := time.Since(start)
			b.ReportMetric(float64(gas)/float64(size), "gas/credential")
			b.ReportMetric(float64(size*b.N)/elapsed.Seconds(), "credentials/s")
		})
	}
}

// issueBatch salts and commits size holders' fields and attests the roots in one
// multiAttest; it returns the transaction's gas.
func issueBatch(b *testing.B, acc *chaintest.Account, easABI *abi.ABI, easAddr common.Address, schema common.Hash, size, round int) uint64 {
	b.Helper()
	expires := acc.Now() + 365*24*3600
	data := make([]eas.AttestationRequestData, size)
	for j := range data {
		fields, err := cred.NewFields(map[string]string{"birthDate": "2001-04-13", "city": "Seoul", "district": "Mapo-gu"})
		if err != nil {
			b.Fatal(err)
		}
		tree, err := cred.NewTree(fields)
		if err != nil {
			b.Fatal(err)
		}
		holder := common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprint(round, j)))[:20])
		data[j] = eas.AttestationRequestData{Recipient: holder, ExpirationTime: expires, Revocable: true, Data: tree.Root().Bytes(), Value: common.Big0}
	}
	return acc.Must(easAddr, easABI, "multiAttest", []eas.MultiAttestationRequest{{Schema: schema, Data: data}}).GasUsed
}

// benchChain is EAS and the resolver in memory: BenchmarkCredCheck measures the
// verifier's own work (signature, proofs, rules), not an RPC round trip.
type benchChain map[common.Hash]*cred.OnChain

func (c benchChain) Attestation(_ context.Context, uid common.Hash) (*cred.OnChain, error) {
	a, ok := c[uid]
	if !ok {
		return nil, cred.ErrNotFound
	}
	return a, nil
}

func (c benchChain) Trusted(context.Context, common.Hash, common.Address) (bool, error) {
	return true, nil
}

// BenchmarkCredCheck reports checks per second of `cred check` for the youth allowance
// policy: three credentials, four disclosed fields, four rules.
func BenchmarkCredCheck(b *testing.B) {
	office, _ := crypto.GenerateKey()
	holder, _ := crypto.GenerateKey()
	now := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
	chain := benchChain{}
	easAddr := common.HexToAddress("0xea")
	issue := func(name string, values map[string]string) *cred.Credential {
		fields, _ := cred.NewFields(values)
		tree, _ := cred.NewTree(fields)
		schema := crypto.Keccak256Hash([]byte(name))
		c := &cred.Credential{Version: cred.FormatVersion, ChainID: 1337, EAS: easAddr, UID: crypto.Keccak256Hash([]byte("uid " + name)), Schema: schema,
			SchemaName: name, Issuer: crypto.PubkeyToAddress(office.PublicKey), Holder: crypto.PubkeyToAddress(holder.PublicKey),
			Expires: uint64(now.Add(time.Hour).Unix()), Root: tree.Root(), Fields: fields}
		chain[c.UID] = &cred.OnChain{UID: c.UID, Schema: schema, Attester: c.Issuer, Recipient: c.Holder, Expiration: c.Expires, Data: c.Root.Bytes()}
		return c
	}
	creds := []*cred.Credential{
		issue("residence", map[string]string{"birthDate": "2001-04-13", "city": "Seoul", "district": "Mapo-gu"}),
		issue("income", map[string]string{"bracket": "120"}),
		issue("employment", map[string]string{"status": "unemployed"}),
	}
	pol, err := cred.ParsePolicy("youth.toml", youthAllowance(creds, crypto.PubkeyToAddress(office.PublicKey)))
	if err != nil {
		b.Fatal(err)
	}
	v := &cred.Verifier{Chain: chain, Challenges: cred.NewChallenges(time.Hour), ChainID: 1337, EAS: easAddr}
	pick := []string{"residence.birthDate", "residence.city", "income.bracket", "employment.status"}
	ps := make([]*cred.Presentation, b.N)
	for i := range ps {
		ch, _ := v.Challenges.Issue(pol.Audience, now)
		if ps[i], err = cred.Present(creds, pick, pol.Audience, ch, uint64(now.Unix()), holder); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		verdict, err := v.Check(context.Background(), ps[i], pol, now)
		if err != nil || !verdict.Eligible {
			b.Fatalf("check: %v, %+v", err, verdict)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "checks/s")
}

func youthAllowance(creds []*cred.Credential, issuer common.Address) string {
	src := "name = \"youth-allowance\"\naudience = \"youth.seoul.go.kr\"\ndate = \"2026-11-20\"\n"
	for _, c := range creds {
		src += fmt.Sprintf("[credentials.%s]\nschema = %q\nissuers = [%q]\n", c.SchemaName, c.Schema.Hex(), issuer.Hex())
	}
	return src + `[[rules]]
field = "residence.birthDate"
age_between = [19, 34]
[[rules]]
field = "residence.city"
equals = "Seoul"
[[rules]]
field = "income.bracket"
at_most = 150
[[rules]]
field = "employment.status"
not_in = ["full-time"]
`
}

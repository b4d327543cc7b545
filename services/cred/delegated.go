package cred

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/seoulchain/seoulchain/bindings/eas"
)

// Attestation by delegation (EAS's attestByDelegation): the issuer signs each attestation
// (EIP-712, EAS's own "Attest" type under the domain "EAS" 1.4.0) and anyone may send the
// signed requests; EAS checks the signature against the issuer's next nonce and records
// the issuer as the attester, so the city's resolver judges the issuer, not the sender.
// An agency's system needs a key, not gas: the relayer sends (POST /v1/cred/attestations).

// EAS's EIP-712 domain (EAS.sol: EIP1271Verifier("EAS", "1.4.0")).
const (
	easDomainName    = "EAS"
	easDomainVersion = "1.4.0"
)

// Refusals of a delegated batch, each found in Go before anything is sent.
var (
	// ErrDelegatedSignature: a request is not signed by the batch's attester (or not as
	// EAS checks: 65 bytes, v 27 or 28, low s).
	ErrDelegatedSignature = errors.New("delegated attestation not signed by its attester")
	// ErrDelegatedNonce: the requests' nonces do not run on from one another.
	ErrDelegatedNonce = errors.New("delegated attestations' nonces are not consecutive")
)

// DelegatedBatch is a batch of delegated attestations of one schema by one issuer, signed
// by the issuer: one MultiDelegatedAttestationRequest, as POST /v1/cred/attestations takes
// it. EAS consumes the attester's nonces in order, so the requests carry consecutive
// nonces from the attester's next (EAS.getNonce).
type DelegatedBatch struct {
	Schema   common.Hash    `json:"schema"`
	Attester common.Address `json:"attester"`
	// Deadline is when the signatures lapse (Unix seconds); 0: never (EAS's NO_EXPIRATION).
	Deadline uint64             `json:"deadline"`
	Requests []DelegatedRequest `json:"requests"`
}

// DelegatedRequest is one signed attestation. It sends no value: the city's resolver takes
// no payment, and a relayer pays gas, not fees.
type DelegatedRequest struct {
	Recipient      common.Address `json:"recipient"`
	ExpirationTime uint64         `json:"expirationTime"`
	Revocable      bool           `json:"revocable"`
	RefUID         common.Hash    `json:"refUID"`
	Data           hexutil.Bytes  `json:"data"`
	Nonce          uint64         `json:"nonce"`
	Signature      hexutil.Bytes  `json:"signature"` // r ‖ s ‖ v, v 27 or 28
}

// eip712Domain is the domain type of the presentations and of EAS's delegated requests.
var eip712Domain = []apitypes.Type{
	{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
	{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
}

// EASDomain is the EIP-712 domain of one EAS deployment.
type EASDomain struct {
	ChainID uint64
	EAS     common.Address
}

// TypedData is the EIP-712 message of request i as EAS hashes it (ATTEST_TYPEHASH of
// EIP1271Verifier.sol), with value 0.
func (b *DelegatedBatch) TypedData(d EASDomain, i int) apitypes.TypedData {
	r := b.Requests[i]
	data := r.Data
	if data == nil {
		data = hexutil.Bytes{}
	}
	return easTypedData(easDomainName, d, []apitypes.Type{
		{Name: "attester", Type: "address"}, {Name: "schema", Type: "bytes32"}, {Name: "recipient", Type: "address"},
		{Name: "expirationTime", Type: "uint64"}, {Name: "revocable", Type: "bool"}, {Name: "refUID", Type: "bytes32"},
		{Name: "data", Type: "bytes"}, {Name: "value", Type: "uint256"}, {Name: "nonce", Type: "uint256"},
		{Name: "deadline", Type: "uint64"},
	}, apitypes.TypedDataMessage{
		"attester": b.Attester.Hex(), "schema": b.Schema.Hex(), "recipient": r.Recipient.Hex(),
		"expirationTime": new(big.Int).SetUint64(r.ExpirationTime).String(), "revocable": r.Revocable,
		"refUID": r.RefUID.Hex(), "data": data.String(), "value": "0",
		"nonce": new(big.Int).SetUint64(r.Nonce).String(), "deadline": new(big.Int).SetUint64(b.Deadline).String(),
	})
}

// easTypedData is an "Attest" message under EAS's domain named name (the contract's
// "EAS", or the SDK's "EAS Attestation" for off-chain attestations), version 1.4.0.
func easTypedData(name string, d EASDomain, fields []apitypes.Type, msg apitypes.TypedDataMessage) apitypes.TypedData {
	return apitypes.TypedData{
		Types:       apitypes.Types{"EIP712Domain": eip712Domain, "Attest": fields},
		PrimaryType: "Attest",
		Domain: apitypes.TypedDataDomain{Name: name, Version: easDomainVersion,
			ChainId: (*math.HexOrDecimal256)(new(big.Int).SetUint64(d.ChainID)), VerifyingContract: d.EAS.Hex()},
		Message: msg,
	}
}

// Hash is the EIP-712 digest of request i, the one EAS recovers the attester from.
func (b *DelegatedBatch) Hash(d EASDomain, i int) (common.Hash, error) {
	h, _, err := apitypes.TypedDataAndHash(b.TypedData(d, i))
	if err != nil {
		return common.Hash{}, fmt.Errorf("EIP-712 hash of delegated attestation %d: %w", i, err)
	}
	return common.BytesToHash(h), nil
}

// NewDelegatedBatch signs data as attestations of schema by key, with nonces from nonce
// (the attester's next, EAS.getNonce) on.
func NewDelegatedBatch(d EASDomain, schema common.Hash, data []eas.AttestationRequestData, nonce, deadline uint64, key *ecdsa.PrivateKey) (*DelegatedBatch, error) {
	b := &DelegatedBatch{Schema: schema, Attester: crypto.PubkeyToAddress(key.PublicKey), Deadline: deadline}
	for i, a := range data {
		if a.Value != nil && a.Value.Sign() != 0 {
			return nil, fmt.Errorf("attestation %d sends value: a delegated attestation through the relayer sends none", i)
		}
		b.Requests = append(b.Requests, DelegatedRequest{Recipient: a.Recipient, ExpirationTime: a.ExpirationTime, Revocable: a.Revocable,
			RefUID: a.RefUID, Data: a.Data, Nonce: nonce + uint64(i)})
		h, err := b.Hash(d, i)
		if err != nil {
			return nil, err
		}
		if b.Requests[i].Signature, err = signDigest(h, key); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// Verify checks what EAS will check of the signatures: each request signed by the
// attester, over nonces that run on from the first. The first nonce against the chain's
// is the caller's check (NextNonce).
func (b *DelegatedBatch) Verify(d EASDomain) error {
	if len(b.Requests) == 0 {
		return errors.New("a batch of no attestations")
	}
	for i, r := range b.Requests {
		if want := b.Requests[0].Nonce + uint64(i); r.Nonce != want {
			return fmt.Errorf("%w: requests[%d] has nonce %d, want %d (the first's %d plus %d)", ErrDelegatedNonce, i, r.Nonce, want, b.Requests[0].Nonce, i)
		}
		h, err := b.Hash(d, i)
		if err != nil {
			return err
		}
		signer, err := recoverDigest(h, r.Signature)
		if err != nil {
			return fmt.Errorf("%w: requests[%d]: %v", ErrDelegatedSignature, i, err)
		}
		if signer != b.Attester {
			return fmt.Errorf("%w: requests[%d] is signed by %s, not by the attester %s", ErrDelegatedSignature, i, signer.Hex(), b.Attester.Hex())
		}
	}
	return nil
}

// Call is the batch as EAS takes it: multiAttestByDelegation's one request.
func (b *DelegatedBatch) Call() []eas.MultiDelegatedAttestationRequest {
	m := eas.MultiDelegatedAttestationRequest{Schema: b.Schema, Attester: b.Attester, Deadline: b.Deadline}
	for _, r := range b.Requests {
		m.Data = append(m.Data, eas.AttestationRequestData{Recipient: r.Recipient, ExpirationTime: r.ExpirationTime, Revocable: r.Revocable,
			RefUID: r.RefUID, Data: r.Data, Value: new(big.Int)})
		var s eas.Signature
		if len(r.Signature) == 65 {
			copy(s.R[:], r.Signature[:32])
			copy(s.S[:], r.Signature[32:64])
			s.V = r.Signature[64]
		}
		m.Signatures = append(m.Signatures, s)
	}
	return []eas.MultiDelegatedAttestationRequest{m}
}

// Calldata is the multiAttestByDelegation call of the batch.
func (b *DelegatedBatch) Calldata() ([]byte, error) {
	return easABI().Pack("multiAttestByDelegation", b.Call())
}

// ID names the batch: the hash of its call, so the same signed batch always has the same
// ID (and is attested once) and any change to it makes another.
func (b *DelegatedBatch) ID() (common.Hash, []byte, error) {
	data, err := b.Calldata()
	if err != nil {
		return common.Hash{}, nil, err
	}
	return crypto.Keccak256Hash(data), data, nil
}

// FirstNonce and EndNonce bound the nonces the batch uses: [FirstNonce, EndNonce).
func (b *DelegatedBatch) FirstNonce() uint64 { return b.Requests[0].Nonce }
func (b *DelegatedBatch) EndNonce() uint64   { return b.FirstNonce() + uint64(len(b.Requests)) }

// NextNonce reads the attester's next delegation nonce from EAS.
func NextNonce(ctx context.Context, backend bind.ContractCaller, easAddr, attester common.Address) (uint64, error) {
	e, err := eas.NewEASCaller(easAddr, backend)
	if err != nil {
		return 0, err
	}
	n, err := e.GetNonce(&bind.CallOpts{Context: ctx}, attester)
	if err != nil {
		return 0, fmt.Errorf("read the delegation nonce of %s: %w", attester.Hex(), err)
	}
	if !n.IsUint64() {
		return 0, fmt.Errorf("the delegation nonce of %s is beyond 2^64 (raised by increaseNonce)", attester.Hex())
	}
	return n.Uint64(), nil
}

// signDigest signs an EIP-712 digest as wallets do: r ‖ s ‖ v with v 27 or 28.
func signDigest(h common.Hash, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// recoverDigest recovers the signer of an EIP-712 digest as OpenZeppelin's ECDSA (EAS,
// through SignatureChecker) does: 65 bytes, v 27 or 28, s in the lower half of the order.
func recoverDigest(h common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		return common.Address{}, errors.New("not a 65-byte signature with v 27 or 28")
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(sig[64]-27, r, s, true) {
		return common.Address{}, errors.New("a malleable or malformed signature (s in the upper half, or r or s out of range)")
	}
	raw := append([]byte{}, sig...)
	raw[64] -= 27
	pub, err := crypto.SigToPub(h[:], raw)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}

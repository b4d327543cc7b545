package cred

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// Off-chain attestations as EAS's SDK makes them (Offchain, version 2): the issuer signs
// the attestation (EIP-712, domain "EAS Attestation", EAS's version, the chain ID and EAS's
// address) and hands it over; nothing is on chain unless the issuer revokes it
// (EAS.revokeOffchain records the revocation time under the issuer and the UID).

// Refusals of an off-chain attestation.
var (
	ErrOffchainFormat    = errors.New("not an EAS off-chain attestation of version 2")
	ErrOffchainSignature = errors.New("off-chain attestation not signed by its attester")
	ErrOffchainUntrusted = errors.New("off-chain attestation by an issuer not trusted for its schema")
	ErrOffchainRevoked   = errors.New("off-chain attestation revoked")
	ErrOffchainExpired   = errors.New("off-chain attestation expired")
)

const (
	offchainDomainName = "EAS Attestation"
	offchainVersion    = 2
)

// OffchainAttestation is the SDK's signed off-chain attestation (signOffchainAttestation's
// result), as JSON: big numbers as decimal strings or numbers.
type OffchainAttestation struct {
	Version uint16      `json:"version"`
	UID     common.Hash `json:"uid"`
	Domain  struct {
		Name              string         `json:"name"`
		Version           string         `json:"version"`
		ChainID           flexUint       `json:"chainId"`
		VerifyingContract common.Address `json:"verifyingContract"`
	} `json:"domain"`
	PrimaryType string          `json:"primaryType"`
	Types       json.RawMessage `json:"types"` // the SDK's; ours are EAS's version 2, whatever these say
	Message     struct {
		Version        uint16         `json:"version"`
		Schema         string         `json:"schema"` // kept as written: the UID hashes its text
		Recipient      common.Address `json:"recipient"`
		Time           flexUint       `json:"time"`
		ExpirationTime flexUint       `json:"expirationTime"`
		Revocable      bool           `json:"revocable"`
		RefUID         common.Hash    `json:"refUID"`
		Data           hexutil.Bytes  `json:"data"`
		Salt           common.Hash    `json:"salt"`
	} `json:"message"`
	Signature struct {
		V uint8       `json:"v"`
		R common.Hash `json:"r"`
		S common.Hash `json:"s"`
	} `json:"signature"`
}

// flexUint is a JSON number or a decimal string (JavaScript's BigInt has no JSON form).
type flexUint uint64

func (u *flexUint) UnmarshalJSON(b []byte) error {
	s := string(b)
	if len(b) > 1 && b[0] == '"' {
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return fmt.Errorf("%s is not a whole number below 2^64", string(b))
	}
	*u = flexUint(n)
	return nil
}

// SchemaUID is the attestation's schema.
func (a *OffchainAttestation) SchemaUID() common.Hash { return common.HexToHash(a.Message.Schema) }

// typedData is the EIP-712 message EAS's version 2 signs, under the domain d.
func (a *OffchainAttestation) typedData(d EASDomain) apitypes.TypedData {
	m := a.Message
	data := m.Data
	if data == nil {
		data = hexutil.Bytes{}
	}
	u := func(n uint64) string { return new(big.Int).SetUint64(n).String() }
	return easTypedData(offchainDomainName, d, []apitypes.Type{
		{Name: "version", Type: "uint16"}, {Name: "schema", Type: "bytes32"}, {Name: "recipient", Type: "address"},
		{Name: "time", Type: "uint64"}, {Name: "expirationTime", Type: "uint64"}, {Name: "revocable", Type: "bool"},
		{Name: "refUID", Type: "bytes32"}, {Name: "data", Type: "bytes"}, {Name: "salt", Type: "bytes32"},
	}, apitypes.TypedDataMessage{
		"version": u(uint64(m.Version)), "schema": a.SchemaUID().Hex(), "recipient": m.Recipient.Hex(),
		"time": u(uint64(m.Time)), "expirationTime": u(uint64(m.ExpirationTime)), "revocable": m.Revocable,
		"refUID": m.RefUID.Hex(), "data": data.String(), "salt": m.Salt.Hex(),
	})
}

// offchainUID is the SDK's UID of a version 2 attestation: keccak256 of the packed fields,
// the schema as the UTF-8 text of its hex (as the SDK hashes it), no attester (zero
// address) and a trailing uint32 0.
func (a *OffchainAttestation) offchainUID() common.Hash {
	m := a.Message
	pack := func(n uint64, size int) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(n).Bytes(), size) }
	revocable := []byte{0}
	if m.Revocable {
		revocable[0] = 1
	}
	return crypto.Keccak256Hash(pack(uint64(m.Version), 2), []byte(m.Schema), m.Recipient.Bytes(), common.Address{}.Bytes(),
		pack(uint64(m.Time), 8), pack(uint64(m.ExpirationTime), 8), revocable, m.RefUID.Bytes(), m.Data, m.Salt.Bytes(), pack(0, 4))
}

// VerifyOffchain checks an off-chain attestation as the SDK's verifier does, for the EAS
// of d: version 2, the domain, the UID over the fields, and returns who signed it.
func VerifyOffchain(a *OffchainAttestation, d EASDomain) (common.Address, error) {
	switch {
	case a.Version != offchainVersion || a.Message.Version != offchainVersion || a.PrimaryType != "Attest":
		return common.Address{}, fmt.Errorf("%w: version %d, primary type %q", ErrOffchainFormat, a.Version, a.PrimaryType)
	case a.Domain.Name != offchainDomainName || a.Domain.Version != easDomainVersion || uint64(a.Domain.ChainID) != d.ChainID || a.Domain.VerifyingContract != d.EAS:
		return common.Address{}, fmt.Errorf("%w: domain %q %q chain %d EAS %s, want %q %q chain %d EAS %s", ErrOffchainFormat, a.Domain.Name, a.Domain.Version,
			a.Domain.ChainID, a.Domain.VerifyingContract.Hex(), offchainDomainName, easDomainVersion, d.ChainID, d.EAS.Hex())
	case len(a.Message.Schema) != 66:
		return common.Address{}, fmt.Errorf("%w: schema %q is not 32 bytes of hex", ErrOffchainFormat, a.Message.Schema)
	case a.offchainUID() != a.UID:
		return common.Address{}, fmt.Errorf("%w: its UID %s is not the hash of its fields", ErrOffchainSignature, a.UID.Hex())
	}
	h, _, err := apitypes.TypedDataAndHash(a.typedData(d))
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrOffchainFormat, err)
	}
	sig := append(append(a.Signature.R.Bytes(), a.Signature.S.Bytes()...), a.Signature.V)
	signer, err := recoverDigest(common.BytesToHash(h), sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrOffchainSignature, err)
	}
	return signer, nil
}

// CheckOffchain verifies an off-chain attestation claimed to be by attester against the
// chain at now: the signature is the attester's, it has not expired, the city's resolver
// trusts the attester for its schema, and the attester has not revoked it off chain
// (EAS.getRevokeOffchain).
func (c *EASChain) CheckOffchain(ctx context.Context, a *OffchainAttestation, attester common.Address, d EASDomain, now time.Time) error {
	signer, err := VerifyOffchain(a, d)
	if err != nil {
		return err
	}
	if signer != attester {
		return fmt.Errorf("%w: signed by %s, not by %s", ErrOffchainSignature, signer.Hex(), attester.Hex())
	}
	if exp := uint64(a.Message.ExpirationTime); exp != 0 && exp <= uint64(now.Unix()) {
		return fmt.Errorf("%w at %s", ErrOffchainExpired, stamp(exp))
	}
	trusted, err := c.Trusted(ctx, a.SchemaUID(), attester)
	if err != nil {
		return err
	}
	if !trusted {
		return fmt.Errorf("%w: %s for %s", ErrOffchainUntrusted, attester.Hex(), a.Message.Schema)
	}
	revoked, err := c.EAS.GetRevokeOffchain(&bind.CallOpts{Context: ctx}, attester, a.UID)
	if err != nil {
		return fmt.Errorf("read the off-chain revocation of %s: %w", a.UID.Hex(), err)
	}
	if revoked != 0 {
		return fmt.Errorf("%w by %s at %s", ErrOffchainRevoked, attester.Hex(), stamp(revoked))
	}
	return nil
}

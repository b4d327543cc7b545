package cred

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/eas"
	"github.com/seoulchain/seoulchain/bindings/trustedissuerresolver"
	"github.com/seoulchain/seoulchain/internal/atomicfile"
)

// SchemaString is the EAS schema of the city's credential NAME: one bytes32, the
// commitment, named after the credential so that each credential type has its own UID
// (EAS's UID is keccak256(schema, resolver, revocable)) and EAS's tools show what it is.
func SchemaString(name string) string { return "bytes32 " + name }

// SchemaUID is the UID of credential NAME registered, revocable, with resolver.
func SchemaUID(name string, resolver common.Address) common.Hash {
	return crypto.Keccak256Hash([]byte(SchemaString(name)), resolver.Bytes(), []byte{1})
}

// EASChain reads attestations from EAS and the trust list from the city's resolver.
type EASChain struct {
	EAS      *eas.EASCaller
	Resolver *trustedissuerresolver.TrustedIssuerResolverCaller
}

// NewEASChain binds the reader to the deployed contracts.
func NewEASChain(backend bind.ContractCaller, easAddr, resolver common.Address) (*EASChain, error) {
	e, err := eas.NewEASCaller(easAddr, backend)
	if err != nil {
		return nil, err
	}
	r, err := trustedissuerresolver.NewTrustedIssuerResolverCaller(resolver, backend)
	if err != nil {
		return nil, err
	}
	return &EASChain{EAS: e, Resolver: r}, nil
}

// Attestation implements Chain. It reads revocationTime: EAS's isAttestationValid stays
// true after a revocation.
func (c *EASChain) Attestation(ctx context.Context, uid common.Hash) (*OnChain, error) {
	a, err := c.EAS.GetAttestation(&bind.CallOpts{Context: ctx}, uid)
	if err != nil {
		return nil, err
	}
	if a.Uid == (common.Hash{}) {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, uid.Hex())
	}
	return &OnChain{UID: a.Uid, Schema: a.Schema, Attester: a.Attester, Recipient: a.Recipient,
		Expiration: a.ExpirationTime, Revocation: a.RevocationTime, Data: a.Data}, nil
}

// Trusted implements Chain.
func (c *EASChain) Trusted(ctx context.Context, schema common.Hash, issuer common.Address) (bool, error) {
	return c.Resolver.IsTrusted(&bind.CallOpts{Context: ctx}, schema, issuer)
}

// LoadChallenges reads a verifier's challenge file (a missing file is an empty store).
func LoadChallenges(path string, ttl time.Duration) (*Challenges, error) {
	c := NewChallenges(ttl)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read challenges: %w", err)
	}
	if err := json.Unmarshal(data, &c.issued); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrBadFile, path, err)
	}
	return c, nil
}

// Save writes the store, whole or not at all.
func (c *Challenges) Save(path string) error {
	c.mu.Lock()
	data, err := json.MarshalIndent(c.issued, "", "  ")
	c.mu.Unlock()
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(data, '\n'), 0o600)
}

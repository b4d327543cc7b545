package forwarder

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
)

// DomainName and DomainVersion are CityForwarder's EIP-712 domain (ERC2771Forwarder uses
// version "1").
const (
	DomainName    = "seoulchain"
	DomainVersion = "1"
)

// ErrBadSignature is returned for a signature that is malformed or not the request's signer's.
var ErrBadSignature = errors.New("signature does not match the request's from address")

// secp256k1halfN is half the curve order: OpenZeppelin refuses an s above it.
var secp256k1halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// Domain is what a wallet needs besides the request to sign it.
type Domain struct {
	ChainID   *big.Int
	Forwarder common.Address
}

// Request is a ForwardRequest as signed: Nonce is the signer's nonce at the forwarder, which
// the on-chain request data does not carry (the forwarder reads it).
type Request struct {
	From     common.Address
	To       common.Address
	Value    *big.Int
	Gas      *big.Int
	Nonce    *big.Int
	Deadline uint64
	Data     []byte
}

// Types are the EIP-712 types of a ForwardRequest and its domain.
func Types() apitypes.Types {
	return apitypes.Types{
		"EIP712Domain": {
			{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
			{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
		},
		"ForwardRequest": {
			{Name: "from", Type: "address"}, {Name: "to", Type: "address"}, {Name: "value", Type: "uint256"},
			{Name: "gas", Type: "uint256"}, {Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint48"},
			{Name: "data", Type: "bytes"},
		},
	}
}

// TypedDataDomain is the domain as a wallet's signTypedData takes it.
func (d Domain) TypedDataDomain() apitypes.TypedDataDomain {
	return apitypes.TypedDataDomain{
		Name: DomainName, Version: DomainVersion,
		ChainId:           (*math.HexOrDecimal256)(d.ChainID),
		VerifyingContract: d.Forwarder.Hex(),
	}
}

// TypedData is the request as EIP-712 typed data.
func (d Domain) TypedData(r Request) apitypes.TypedData {
	return apitypes.TypedData{
		Types:       Types(),
		PrimaryType: "ForwardRequest",
		Domain:      d.TypedDataDomain(),
		Message: apitypes.TypedDataMessage{
			"from": r.From.Hex(), "to": r.To.Hex(), "value": orZero(r.Value).String(), "gas": orZero(r.Gas).String(),
			"nonce": orZero(r.Nonce).String(), "deadline": new(big.Int).SetUint64(r.Deadline).String(),
			"data": hexutil.Encode(r.Data),
		},
	}
}

// Hash is the EIP-712 digest the signer signs.
func (d Domain) Hash(r Request) (common.Hash, error) {
	h, _, err := apitypes.TypedDataAndHash(d.TypedData(r))
	if err != nil {
		return common.Hash{}, fmt.Errorf("EIP-712 hash of forward request: %w", err)
	}
	return common.BytesToHash(h), nil
}

// Sign signs r with key, as a wallet would (v is 27 or 28).
func (d Domain) Sign(r Request, key *ecdsa.PrivateKey) ([]byte, error) {
	h, err := d.Hash(r)
	if err != nil {
		return nil, err
	}
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return nil, fmt.Errorf("sign forward request: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// Verify checks that sig is r.From's signature of r.
func (d Domain) Verify(r Request, sig []byte) error {
	if len(sig) != crypto.SignatureLength {
		return fmt.Errorf("%w: %d bytes, want %d", ErrBadSignature, len(sig), crypto.SignatureLength)
	}
	h, err := d.Hash(r)
	if err != nil {
		return err
	}
	// As OpenZeppelin's ECDSA.recover (which the forwarder calls): v is 27 or 28, and s in
	// the lower half of the curve order, so a signature has one form only.
	if v := sig[64]; v != 27 && v != 28 {
		return fmt.Errorf("%w: v is %d, want 27 or 28", ErrBadSignature, v)
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1halfN) > 0 {
		return fmt.Errorf("%w: s is in the upper half of the curve order (a malleable signature)", ErrBadSignature)
	}
	s := common.CopyBytes(sig)
	s[64] -= 27
	pub, err := crypto.SigToPub(h[:], s)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != r.From {
		return fmt.Errorf("%w: signed by %s, from is %s", ErrBadSignature, got.Hex(), r.From.Hex())
	}
	return nil
}

// Signed is the request as CityForwarder's execute and executeBatch take it.
func (r Request) Signed(sig []byte) cityforwarder.ERC2771ForwarderForwardRequestData {
	return cityforwarder.ERC2771ForwarderForwardRequestData{
		From: r.From, To: r.To, Value: orZero(r.Value), Gas: orZero(r.Gas),
		Deadline: new(big.Int).SetUint64(r.Deadline), Data: r.Data, Signature: sig,
	}
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

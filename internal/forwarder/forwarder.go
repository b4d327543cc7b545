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

// EIP-712 type hashes of the domain and of a ForwardRequest (Types).
var (
	domainTypeHash  = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	requestTypeHash = crypto.Keccak256Hash([]byte("ForwardRequest(address from,address to,uint256 value,uint256 gas,uint256 nonce,uint48 deadline,bytes data)"))
	nameHash        = crypto.Keccak256Hash([]byte(DomainName))
	versionHash     = crypto.Keccak256Hash([]byte(DomainVersion))
)

// Hash is the EIP-712 digest the signer signs: the same as go-ethereum's
// apitypes.TypedDataAndHash of TypedData(r) (a test holds them equal), encoded directly.
// The generic encoder walks the types by reflection and took a tenth of the relayer's
// CPU at a few hundred requests a second; this is a few keccaks.
func (d Domain) Hash(r Request) (common.Hash, error) {
	word := func(v *big.Int, name string, buf []byte) error {
		v = orZero(v)
		if v.Sign() < 0 || v.BitLen() > 256 {
			return fmt.Errorf("EIP-712 hash of forward request: %s %s is not a uint256", name, v)
		}
		v.FillBytes(buf)
		return nil
	}
	var dom [5 * 32]byte
	copy(dom[:32], domainTypeHash[:])
	copy(dom[32:64], nameHash[:])
	copy(dom[64:96], versionHash[:])
	if err := word(d.ChainID, "chainId", dom[96:128]); err != nil {
		return common.Hash{}, err
	}
	copy(dom[128+12:], d.Forwarder[:])
	var msg [8 * 32]byte
	copy(msg[:32], requestTypeHash[:])
	copy(msg[32+12:64], r.From[:])
	copy(msg[64+12:96], r.To[:])
	for i, f := range []struct {
		v    *big.Int
		name string
	}{{r.Value, "value"}, {r.Gas, "gas"}, {r.Nonce, "nonce"}} {
		if err := word(f.v, f.name, msg[96+32*i:128+32*i]); err != nil {
			return common.Hash{}, err
		}
	}
	if r.Deadline >= 1<<48 {
		return common.Hash{}, fmt.Errorf("EIP-712 hash of forward request: deadline %d is not a uint48", r.Deadline)
	}
	new(big.Int).SetUint64(r.Deadline).FillBytes(msg[192:224])
	dataHash := crypto.Keccak256Hash(r.Data)
	copy(msg[224:], dataHash[:])
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, crypto.Keccak256(dom[:]), crypto.Keccak256(msg[:])), nil
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

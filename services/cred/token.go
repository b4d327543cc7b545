package cred

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TokenClaims are the payload of a sign-in token: a JWT's registered claims and, in
// "claims", only what the relying party asked for ("resident", "age>=65").
type TokenClaims struct {
	Issuer   string          `json:"iss"`
	Subject  common.Address  `json:"sub"`
	Audience string          `json:"aud"`
	IssuedAt int64           `json:"iat"`
	Expires  int64           `json:"exp"`
	ID       string          `json:"jti"` // the sign-in's nonce: each token is one sign-in
	Claims   map[string]bool `json:"claims"`
}

// tokenHeader is ES256K (RFC 8812): ECDSA on secp256k1 over SHA-256, r‖s; the key ID is
// the key's address.
type tokenHeader struct {
	Alg string `json:"alg"`
	Typ string `json:"typ"`
	Kid string `json:"kid"`
}

var b64 = base64.RawURLEncoding

// SignToken makes a compact JWT of c signed with key (ES256K).
func SignToken(key *ecdsa.PrivateKey, c TokenClaims) (string, error) {
	h, err := json.Marshal(tokenHeader{Alg: "ES256K", Typ: "JWT", Kid: crypto.PubkeyToAddress(key.PublicKey).Hex()})
	if err != nil {
		return "", err
	}
	body, err := json.Marshal(c)
	if err != nil {
		return "", err
	}
	input := b64.EncodeToString(h) + "." + b64.EncodeToString(body)
	digest := sha256.Sum256([]byte(input))
	sig, err := crypto.Sign(digest[:], key) // low-S, as RFC 8812 verifiers expect
	if err != nil {
		return "", err
	}
	return input + "." + b64.EncodeToString(sig[:64]), nil
}

// ErrToken is what a refused token unwraps to.
var ErrToken = errors.New("sign-in token refused")

// VerifyToken checks a token's signature by pub, its audience and its expiry at now, and
// returns its claims.
func VerifyToken(token string, pub *ecdsa.PublicKey, audience string, now time.Time) (*TokenClaims, error) {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return nil, fmt.Errorf("%w: not a compact JWT", ErrToken)
	}
	var h tokenHeader
	if err := decodePart(parts[0], &h); err != nil || h.Alg != "ES256K" {
		return nil, fmt.Errorf("%w: header is not ES256K", ErrToken)
	}
	sig, err := b64.DecodeString(parts[2])
	digest := sha256.Sum256([]byte(parts[0] + "." + parts[1]))
	if err != nil || len(sig) != 64 || !crypto.VerifySignature(crypto.FromECDSAPub(pub), digest[:], sig) {
		return nil, fmt.Errorf("%w: bad signature", ErrToken)
	}
	var c TokenClaims
	if err := decodePart(parts[1], &c); err != nil {
		return nil, fmt.Errorf("%w: payload: %w", ErrToken, err)
	}
	switch {
	case c.Audience != audience:
		return nil, fmt.Errorf("%w: made for %q, not %q", ErrToken, c.Audience, audience)
	case now.Unix() >= c.Expires:
		return nil, fmt.Errorf("%w: expired at %s", ErrToken, time.Unix(c.Expires, 0).UTC().Format(time.RFC3339))
	}
	return &c, nil
}

func decodePart(s string, v any) error {
	b, err := b64.DecodeString(s)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

// TokenKey is the public key of the relayer's tokens, as GET /v1/cred/auth/key serves it:
// a JWK (RFC 8812) and the key's address.
type TokenKey struct {
	Alg     string            `json:"alg"`
	Address common.Address    `json:"address"`
	JWK     map[string]string `json:"jwk"`
}

// PublicTokenKey describes pub.
func PublicTokenKey(pub *ecdsa.PublicKey) TokenKey {
	coord := func(n *big.Int) string { return b64.EncodeToString(common.LeftPadBytes(n.Bytes(), 32)) }
	addr := crypto.PubkeyToAddress(*pub)
	return TokenKey{Alg: "ES256K", Address: addr, JWK: map[string]string{
		"kty": "EC", "crv": "secp256k1", "alg": "ES256K", "use": "sig", "kid": addr.Hex(), "x": coord(pub.X), "y": coord(pub.Y)}}
}

// Key is the public key a TokenKey describes.
func (k TokenKey) Key() (*ecdsa.PublicKey, error) {
	x, err1 := b64.DecodeString(k.JWK["x"])
	y, err2 := b64.DecodeString(k.JWK["y"])
	if err1 != nil || err2 != nil || len(x) != 32 || len(y) != 32 {
		return nil, fmt.Errorf("%w: JWK without 32-byte x and y", ErrToken)
	}
	pub, err := crypto.UnmarshalPubkey(append(append([]byte{4}, x...), y...))
	if err != nil {
		return nil, fmt.Errorf("%w: JWK: %w", ErrToken, err)
	}
	if crypto.PubkeyToAddress(*pub) != k.Address {
		return nil, fmt.Errorf("%w: the JWK is not the key of %s", ErrToken, k.Address.Hex())
	}
	return pub, nil
}

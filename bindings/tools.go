//go:build tools

// This file pins abigen in go.mod and go.sum, so that `go run` builds it at the module's
// go-ethereum version (v1.13.15) and `go mod tidy` does not drop it.
package bindings

import _ "github.com/ethereum/go-ethereum/cmd/abigen"

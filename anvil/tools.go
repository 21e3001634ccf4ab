package anvil

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// Environment variables that locate the tools (the Makefile exports both).
const (
	EnvAnvil       = "LOCKSTEP_ANVIL"
	EnvOZArtifacts = "LOCKSTEP_OZ_ARTIFACTS"
)

// ErrToolNotFound means anvil or the OpenZeppelin artifacts are not installed.
var ErrToolNotFound = errors.New("tool not found (run `make tools` in the repository root)")

// FindAnvil returns the anvil binary: $LOCKSTEP_ANVIL if set, else node_modules/.bin/anvil in
// the nearest directory above the working directory that has a go.mod.
func FindAnvil() (string, error) {
	if p := os.Getenv(EnvAnvil); p != "" {
		if _, err := exec.LookPath(p); err != nil {
			return "", fmt.Errorf("%s=%s: %w: %v", EnvAnvil, p, ErrToolNotFound, err)
		}
		return p, nil
	}
	root, err := moduleRoot()
	if err != nil {
		return "", err
	}
	p := filepath.Join(root, "node_modules", ".bin", "anvil")
	if _, err := exec.LookPath(p); err != nil {
		return "", fmt.Errorf("anvil not at %s and %s unset: %w", p, EnvAnvil, ErrToolNotFound)
	}
	return p, nil
}

// FindOZArtifacts returns the folder of OpenZeppelin 4.9.6's compiled artifacts (ProxyAdmin.json,
// ...): $LOCKSTEP_OZ_ARTIFACTS if set, else node_modules/@openzeppelin/contracts/build/contracts
// in the nearest directory above the working directory that has a go.mod.
func FindOZArtifacts() (string, error) {
	dir := os.Getenv(EnvOZArtifacts)
	if dir == "" {
		root, err := moduleRoot()
		if err != nil {
			return "", err
		}
		dir = filepath.Join(root, "node_modules", "@openzeppelin", "contracts", "build", "contracts")
	}
	if _, err := os.Stat(filepath.Join(dir, "ProxyAdmin.json")); err != nil {
		return "", fmt.Errorf("OpenZeppelin artifacts not in %s (set %s): %w", dir, EnvOZArtifacts, ErrToolNotFound)
	}
	return dir, nil
}

// moduleRoot walks up from the working directory to the directory holding go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory to find node_modules/ in: %w", ErrToolNotFound)
		}
		dir = parent
	}
}

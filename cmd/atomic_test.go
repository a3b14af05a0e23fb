package cmd

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tempFiles lists the temporary outputs left under dir.
func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	var left []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.Contains(d.Name(), tempMarker) {
			left = append(left, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return left
}

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a", "b", "out.yaml")
	if err := writeAtomic(context.Background(), path, []byte("one\n")); err != nil {
		t.Fatal(err)
	}
	if err := writeAtomic(context.Background(), path, []byte("two\n")); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "two\n" {
		t.Fatalf("content = %q, %v; want the second write", got, err)
	}
	if left := tempFiles(t, dir); len(left) > 0 {
		t.Errorf("temporary files left: %q", left)
	}
	// The mode is the one any new file gets under the umask, not 0600.
	ref := filepath.Join(dir, "ref")
	if err := os.WriteFile(ref, nil, 0o666); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(path)
	rfi, _ := os.Stat(ref)
	if fi.Mode() != rfi.Mode() {
		t.Errorf("output mode %v, want %v as for any new file", fi.Mode(), rfi.Mode())
	}
}

func TestWriteAtomicCancelledLeavesOldContent(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.yaml")
	if err := os.WriteFile(path, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := writeAtomic(ctx, path, []byte("new\n")); err == nil {
		t.Fatal("writeAtomic with a cancelled context succeeded")
	}
	if got, _ := os.ReadFile(path); string(got) != "old\n" {
		t.Errorf("content = %q, want the old content kept", got)
	}
	if left := tempFiles(t, dir); len(left) > 0 {
		t.Errorf("temporary files left: %q", left)
	}
}

func TestWriteAtomicFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	// The output path is an existing folder: the rename fails.
	path := filepath.Join(dir, "out.yaml")
	writeTree(t, path, map[string]string{"x": "x"})
	if err := writeAtomic(context.Background(), path, []byte("new\n")); err == nil {
		t.Fatal("writeAtomic over a folder succeeded")
	}
	if left := tempFiles(t, dir); len(left) > 0 {
		t.Errorf("temporary files left: %q", left)
	}
	// A folder on the way is a file: nothing is created.
	if err := writeAtomic(context.Background(), filepath.Join(path, "x", "y.yaml"), nil); err == nil {
		t.Fatal("writeAtomic under a file succeeded")
	}
}

package cmd

import (
	"context"
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// tempMarker is in the name of every temporary output, after a leading
// dot that hides it from walks: ".story.yaml.tmp-123456".
const tempMarker = ".tmp-"

// writeAtomic writes data to path through a temporary file in the same
// folder, renamed over path once complete, so that path holds either its
// old content or all of data, never a part. The temporary file is removed
// on any failure, and when ctx is done before the rename (the run was
// interrupted): then writeAtomic returns ctx's error and path is untouched.
// Missing folders on the way to path are created.
func writeAtomic(ctx context.Context, path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	f, err := createTemp(dir, filepath.Base(path))
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// createTemp creates a new hidden file beside name in dir. Unlike
// os.CreateTemp it leaves the permission bits to the umask (0666 &^ umask),
// so outputs get the same mode as any file the user creates.
func createTemp(dir, name string) (*os.File, error) {
	for range 100 {
		p := filepath.Join(dir, "."+name+tempMarker+strconv.FormatUint(uint64(rand.Uint32()), 10))
		f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, &fs.PathError{Op: "createtemp", Path: filepath.Join(dir, "."+name+tempMarker+"*"), Err: fs.ErrExist}
}

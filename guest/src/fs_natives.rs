//! The read-only `fs` built-in's natives (`internal.fs`): reads through the
//! host's `fs-*` imports, which open paths under the module folder with the
//! same capability directory as `require`. Failures throw an Error whose
//! `code` is Node's (`ENOENT`, ...); `src/node/fs.js` words the message.

use crate::isolated_runtime::sandbox::host::{self, FsError};
use javy::quickjs::{Array, ArrayBuffer, Ctx, Object, Result, Value};

/// Node's error code for a host `fs-error`.
fn code(e: FsError) -> &'static str {
    match e {
        FsError::NotFound => "ENOENT",
        FsError::NotADirectory => "ENOTDIR",
        FsError::IsADirectory => "EISDIR",
        FsError::AccessDenied => "EACCES",
        FsError::TooLarge => "EFBIG",
        FsError::Invalid => "EINVAL",
    }
}

/// Throw an Error with `message` = `code` = Node's code for `e`.
fn throw<T>(cx: &Ctx<'_>, e: FsError) -> Result<T> {
    let code = code(e);
    let error: Object = cx
        .globals()
        .get::<_, javy::quickjs::Function>("Error")?
        .call((code,))?;
    error.set("code", code)?;
    Err(cx.throw(error.into_value()))
}

/// `internal.fs.readFile(path)`: the file's bytes.
pub fn read_file<'js>(cx: Ctx<'js>, path: String) -> Result<ArrayBuffer<'js>> {
    match host::fs_read_file(&path) {
        Ok(bytes) => ArrayBuffer::new(cx, bytes),
        Err(e) => throw(&cx, e),
    }
}

fn kind(is_file: bool, is_dir: bool) -> &'static str {
    if is_dir {
        "dir"
    } else if is_file {
        "file"
    } else {
        "other"
    }
}

/// `internal.fs.readdir(path)`: `[[name, 'file' | 'dir' | 'other'], ...]`.
pub fn read_dir<'js>(cx: Ctx<'js>, path: String) -> Result<Array<'js>> {
    let entries = match host::fs_read_dir(&path) {
        Ok(entries) => entries,
        Err(e) => return throw(&cx, e),
    };
    let list = Array::new(cx.clone())?;
    for (i, entry) in entries.into_iter().enumerate() {
        let pair = Array::new(cx.clone())?;
        pair.set(0, entry.name)?;
        pair.set(1, kind(entry.is_file, entry.is_directory))?;
        list.set(i, pair)?;
    }
    Ok(list)
}

/// `internal.fs.stat(path)`: `{type, size, mtimeMs, ctimeMs, atimeMs, birthtimeMs}`.
pub fn stat<'js>(cx: Ctx<'js>, path: String) -> Result<Value<'js>> {
    let s = match host::fs_stat(&path) {
        Ok(s) => s,
        Err(e) => return throw(&cx, e),
    };
    let out = Object::new(cx)?;
    out.set("type", kind(s.is_file, s.is_directory))?;
    out.set("size", s.size as f64)?;
    out.set("mtimeMs", s.mtime_ms)?;
    out.set("ctimeMs", s.ctime_ms)?;
    out.set("atimeMs", s.atime_ms)?;
    out.set("birthtimeMs", s.birthtime_ms)?;
    Ok(out.into_value())
}

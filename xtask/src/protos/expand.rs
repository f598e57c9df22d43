//! A small `macro_rules!` expander for the copy cbindgen parses: cbindgen
//! does not expand macros on a stable toolchain, so exports a local macro
//! generates (`with_locale!` in ctype.rs, `id_call!` in unistd.rs) would be
//! invisible to it. Supported: macros defined in the same file and invoked
//! at item level; matchers made of tokens, groups, `$x:frag` and
//! `$( … ) sep? op` repetitions; fragments `ident`, `literal`, `lifetime`
//! and `tt` take one token tree, the others (`ty`, `expr`, `meta` …) take
//! the token trees up to the token that follows them in the matcher, or
//! the separator of their repetition (what Rust's follow-set rules allow
//! anyway). An invocation no arm matches is
//! an error, so a macro this cannot expand is reported, not skipped.
use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use std::collections::HashMap;
use std::str::FromStr;

enum Pat {
    Tok(TokenTree),
    Group(Delimiter, Vec<Pat>),
    Var(String, String),
    Rep(Vec<Pat>, Option<TokenTree>, char),
}

#[derive(Clone)]
enum Bind {
    One(Vec<TokenTree>),
    Many(Vec<Bind>),
}

type Binds = HashMap<String, Bind>;

fn is_punct(t: &TokenTree, c: char) -> bool {
    matches!(t, TokenTree::Punct(p) if p.as_char() == c)
}

fn same_token(a: &TokenTree, b: &TokenTree) -> bool {
    match (a, b) {
        (TokenTree::Punct(x), TokenTree::Punct(y)) => x.as_char() == y.as_char(),
        (TokenTree::Ident(x), TokenTree::Ident(y)) => x == y,
        (TokenTree::Literal(x), TokenTree::Literal(y)) => x.to_string() == y.to_string(),
        _ => false,
    }
}

fn parse_pat(ts: TokenStream) -> Result<Vec<Pat>, String> {
    let toks: Vec<TokenTree> = ts.into_iter().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if is_punct(t, '$') {
            match toks.get(i + 1) {
                Some(TokenTree::Ident(name)) => {
                    if !toks.get(i + 2).is_some_and(|t| is_punct(t, ':')) {
                        return Err(format!("matcher: `${name}` without a fragment"));
                    }
                    let Some(TokenTree::Ident(frag)) = toks.get(i + 3) else {
                        return Err(format!("matcher: `${name}:` without a fragment"));
                    };
                    out.push(Pat::Var(name.to_string(), frag.to_string()));
                    i += 4;
                }
                Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => {
                    let inner = parse_pat(g.stream())?;
                    let (sep, op, n) = rep_tail(&toks[i + 2..])?;
                    out.push(Pat::Rep(inner, sep, op));
                    i += 2 + n;
                }
                _ => return Err("matcher: stray `$`".into()),
            }
        } else if let TokenTree::Group(g) = t {
            out.push(Pat::Group(g.delimiter(), parse_pat(g.stream())?));
            i += 1;
        } else {
            out.push(Pat::Tok(t.clone()));
            i += 1;
        }
    }
    Ok(out)
}

/// The separator and operator after `$( … )`, and how many tokens they take.
fn rep_tail(toks: &[TokenTree]) -> Result<(Option<TokenTree>, char, usize), String> {
    let op = |t: &TokenTree| match t {
        TokenTree::Punct(p) if matches!(p.as_char(), '*' | '+' | '?') => Some(p.as_char()),
        _ => None,
    };
    match (toks.first(), toks.get(1)) {
        (Some(t), _) if op(t).is_some() => Ok((None, op(t).unwrap(), 1)),
        (Some(s), Some(t)) if op(t).is_some() => Ok((Some(s.clone()), op(t).unwrap(), 2)),
        _ => Err("repetition without `*`, `+` or `?`".into()),
    }
}

/// Match a prefix of `input` against `pat`; the number of token trees
/// taken.
/// `end`: the separator of the enclosing repetition, where a greedy
/// fragment at the end of `pat` stops.
fn match_seq(
    pat: &[Pat],
    input: &[TokenTree],
    end: Option<&TokenTree>,
    binds: &mut Binds,
) -> Option<usize> {
    let mut pos = 0;
    for (k, p) in pat.iter().enumerate() {
        match p {
            Pat::Tok(t) => {
                if !input.get(pos).is_some_and(|x| same_token(x, t)) {
                    return None;
                }
                pos += 1;
            }
            Pat::Group(d, inner) => {
                let TokenTree::Group(g) = input.get(pos)? else {
                    return None;
                };
                if g.delimiter() != *d {
                    return None;
                }
                let toks: Vec<TokenTree> = g.stream().into_iter().collect();
                if match_seq(inner, &toks, None, binds)? != toks.len() {
                    return None;
                }
                pos += 1;
            }
            Pat::Var(name, frag) => {
                let n = match frag.as_str() {
                    "ident" | "literal" | "lifetime" | "tt" => 1,
                    _ => {
                        // Up to the next literal token of the matcher.
                        let follow = match pat.get(k + 1) {
                            Some(Pat::Tok(t)) => Some(t),
                            None => end,
                            _ => None,
                        };
                        input[pos..]
                            .iter()
                            .position(|x| follow.is_some_and(|f| same_token(x, f)))
                            .unwrap_or(input.len() - pos)
                    }
                };
                if n == 0 || pos + n > input.len() {
                    return None;
                }
                binds.insert(name.clone(), Bind::One(input[pos..pos + n].to_vec()));
                pos += n;
            }
            Pat::Rep(inner, sep, op) => {
                let mut iters: Vec<Binds> = Vec::new();
                loop {
                    let mut b = Binds::new();
                    let mut at = pos;
                    if !iters.is_empty()
                        && let Some(s) = sep
                    {
                        if !input.get(at).is_some_and(|x| same_token(x, s)) {
                            break;
                        }
                        at += 1;
                    }
                    match match_seq(inner, &input[at..], sep.as_ref(), &mut b) {
                        Some(n) if n > 0 => {
                            pos = at + n;
                            iters.push(b);
                        }
                        _ => break,
                    }
                    if *op == '?' {
                        break;
                    }
                }
                if *op == '+' && iters.is_empty() {
                    return None;
                }
                for name in vars(inner) {
                    let v = iters
                        .iter()
                        .map(|b| b.get(&name).cloned().unwrap_or(Bind::Many(Vec::new())))
                        .collect();
                    binds.insert(name, Bind::Many(v));
                }
            }
        }
    }
    Some(pos)
}

fn vars(pat: &[Pat]) -> Vec<String> {
    let mut v = Vec::new();
    for p in pat {
        match p {
            Pat::Var(n, _) => v.push(n.clone()),
            Pat::Group(_, i) | Pat::Rep(i, _, _) => v.extend(vars(i)),
            Pat::Tok(_) => {}
        }
    }
    v
}

/// Names `$x` used in a transcriber.
fn used(toks: &[TokenTree]) -> Vec<String> {
    let mut v = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if is_punct(t, '$')
            && let Some(TokenTree::Ident(n)) = toks.get(i + 1)
        {
            v.push(n.to_string());
        }
        if let TokenTree::Group(g) = t {
            v.extend(used(&g.stream().into_iter().collect::<Vec<_>>()));
        }
    }
    v
}

fn transcribe(body: &[TokenTree], binds: &Binds, out: &mut Vec<TokenTree>) -> Result<(), String> {
    let mut i = 0;
    while i < body.len() {
        let t = &body[i];
        if is_punct(t, '$') {
            match body.get(i + 1) {
                Some(TokenTree::Ident(n)) if n == "crate" => {
                    out.push(TokenTree::Ident(n.clone()));
                    i += 2;
                }
                Some(TokenTree::Ident(n)) => {
                    match binds.get(&n.to_string()) {
                        Some(Bind::One(ts)) => out.extend(ts.iter().cloned()),
                        _ => return Err(format!("`${n}` used outside its repetition")),
                    }
                    i += 2;
                }
                Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => {
                    let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                    let (sep, _, n) = rep_tail(&body[i + 2..])?;
                    let reps: Vec<&Vec<Bind>> = used(&inner)
                        .iter()
                        .filter_map(|v| match binds.get(v) {
                            Some(Bind::Many(m)) => Some(m),
                            _ => None,
                        })
                        .collect();
                    let count = reps.first().map_or(0, |m| m.len());
                    for k in 0..count {
                        let mut b = binds.clone();
                        for v in used(&inner) {
                            if let Some(Bind::Many(m)) = binds.get(&v)
                                && let Some(x) = m.get(k)
                            {
                                b.insert(v, x.clone());
                            }
                        }
                        if k > 0
                            && let Some(s) = &sep
                        {
                            out.push(s.clone());
                        }
                        transcribe(&inner, &b, out)?;
                    }
                    i += 2 + n;
                }
                _ => {
                    out.push(t.clone());
                    i += 1;
                }
            }
        } else if let TokenTree::Group(g) = t {
            let mut inner = Vec::new();
            transcribe(
                &g.stream().into_iter().collect::<Vec<_>>(),
                binds,
                &mut inner,
            )?;
            let mut ng = Group::new(g.delimiter(), inner.into_iter().collect());
            ng.set_span(g.span());
            out.push(TokenTree::Group(ng));
            i += 1;
        } else {
            out.push(t.clone());
            i += 1;
        }
    }
    Ok(())
}

struct Macro {
    arms: Vec<(Vec<Pat>, Vec<TokenTree>)>,
}

fn parse_macro(body: &Group) -> Result<Macro, String> {
    let toks: Vec<TokenTree> = body.stream().into_iter().collect();
    let mut arms = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let (Some(TokenTree::Group(m)), Some(eq), Some(gt), Some(TokenTree::Group(t))) = (
            toks.get(i),
            toks.get(i + 1),
            toks.get(i + 2),
            toks.get(i + 3),
        ) else {
            return Err("macro_rules arm not `(…) => {…}`".into());
        };
        if !is_punct(eq, '=') || !is_punct(gt, '>') {
            return Err("macro_rules arm without `=>`".into());
        }
        arms.push((parse_pat(m.stream())?, t.stream().into_iter().collect()));
        i += 4;
        if toks.get(i).is_some_and(|t| is_punct(t, ';')) {
            i += 1;
        }
    }
    Ok(Macro { arms })
}

/// Expand, at item level, the invocations of the macros `text` defines
/// whose bodies mention `marker`; `None` when there are none. The result
/// is token text (comments become `#[doc]`s), fine for cbindgen's syn.
pub fn expand_file(text: &str, marker: &str) -> Result<Option<(String, usize)>, String> {
    if !text.contains("macro_rules!") {
        return Ok(None);
    }
    let ts = TokenStream::from_str(text).map_err(|e| format!("lexing: {e:?}"))?;
    let toks: Vec<TokenTree> = ts.into_iter().collect();
    let mut macros: HashMap<String, Macro> = HashMap::new();
    for w in toks.windows(4) {
        if let (TokenTree::Ident(kw), TokenTree::Ident(name), TokenTree::Group(g)) =
            (&w[0], &w[2], &w[3])
            && kw == "macro_rules"
            && is_punct(&w[1], '!')
            && g.to_string().contains(marker)
        {
            macros.insert(name.to_string(), parse_macro(g)?);
        }
    }
    if macros.is_empty() {
        return Ok(None);
    }
    let mut out: Vec<TokenTree> = Vec::new();
    let mut n = 0;
    let mut i = 0;
    while i < toks.len() {
        if let (TokenTree::Ident(name), Some(bang), Some(TokenTree::Group(args))) =
            (&toks[i], toks.get(i + 1), toks.get(i + 2))
            && is_punct(bang, '!')
            && let Some(m) = macros.get(&name.to_string())
            && !(i > 0 && matches!(&toks[i - 1], TokenTree::Ident(k) if k == "macro_rules"))
        {
            let input: Vec<TokenTree> = args.stream().into_iter().collect();
            let mut done = false;
            for (pat, body) in &m.arms {
                let mut b = Binds::new();
                if match_seq(pat, &input, None, &mut b) == Some(input.len()) {
                    transcribe(body, &b, &mut out)?;
                    done = true;
                    break;
                }
            }
            if !done {
                return Err(format!("no arm of `{name}!` matches an invocation"));
            }
            n += 1;
            i += 3;
            if toks.get(i).is_some_and(|t| is_punct(t, ';')) {
                i += 1;
            }
            continue;
        }
        out.push(toks[i].clone());
        i += 1;
    }
    Ok(Some((
        out.into_iter().collect::<TokenStream>().to_string(),
        n,
    )))
}

extension String {
    /// The string as HTML text or attribute value: `&`, `<`, `>`, `"` and `'` as references,
    /// control characters other than line breaks and tabs dropped. Nothing a name holds can
    /// open markup.
    var htmlEscaped: String {
        escapingScalars { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            case "\n", "\t": nil
            case "\r": ""
            default: scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? "" : nil
            }
        }
    }
}

extension String {
    /// The string with each Unicode scalar passed through `replacement`: nil keeps the scalar,
    /// a string (empty to drop it) stands in for it. The loop the JSON, DOT and GraphML writers
    /// share; each brings its own rules.
    func escapingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if let substitute = replacement(scalar) {
                out += substitute
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

fn main() -> std::process::ExitCode {
    convenant::cli::main()
}

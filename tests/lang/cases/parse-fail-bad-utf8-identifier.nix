let λ = 1; in λ

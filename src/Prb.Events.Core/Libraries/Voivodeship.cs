namespace Prb.Events;

/// <summary>The sixteen voivodeships (provinces) of Poland.</summary>
public enum Voivodeship
{
    /// <summary>Dolnośląskie (Lower Silesian).</summary>
    Dolnoslaskie,

    /// <summary>Kujawsko-pomorskie (Kuyavian-Pomeranian).</summary>
    KujawskoPomorskie,

    /// <summary>Lubelskie (Lublin).</summary>
    Lubelskie,

    /// <summary>Lubuskie (Lubusz).</summary>
    Lubuskie,

    /// <summary>Łódzkie (Łódź).</summary>
    Lodzkie,

    /// <summary>Małopolskie (Lesser Poland).</summary>
    Malopolskie,

    /// <summary>Mazowieckie (Masovian).</summary>
    Mazowieckie,

    /// <summary>Opolskie (Opole).</summary>
    Opolskie,

    /// <summary>Podkarpackie (Subcarpathian).</summary>
    Podkarpackie,

    /// <summary>Podlaskie (Podlaskie).</summary>
    Podlaskie,

    /// <summary>Pomorskie (Pomeranian).</summary>
    Pomorskie,

    /// <summary>Śląskie (Silesian).</summary>
    Slaskie,

    /// <summary>Świętokrzyskie (Holy Cross).</summary>
    Swietokrzyskie,

    /// <summary>Warmińsko-mazurskie (Warmian-Masurian).</summary>
    WarminskoMazurskie,

    /// <summary>Wielkopolskie (Greater Poland).</summary>
    Wielkopolskie,

    /// <summary>Zachodniopomorskie (West Pomeranian).</summary>
    Zachodniopomorskie,
}
